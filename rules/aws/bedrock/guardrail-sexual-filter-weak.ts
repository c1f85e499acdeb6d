import { contentCategoryRule } from './_lib.js';

export default contentCategoryRule('SEXUAL', 'sexual', 'high');
