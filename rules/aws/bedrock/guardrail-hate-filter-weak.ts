import { contentCategoryRule } from './_lib.js';

export default contentCategoryRule('HATE', 'hate', 'high');
