// The two calls most SageMaker collectors of lifecycle configurations, spaces, apps, HyperPod,
// MLflow and inference components make: a List* paged by NextToken (op() sends MaxResults 100,
// the largest page), and a Describe* kept as the `describe` detail.
import { detail, type DetailSpec, type ListSpec } from '../collector.js';
import { op, type CommandClass } from '../operations.js';
import { NEXT } from './sagemaker-shared.js';

/** A SageMaker List* call paged by `NextToken`, records from `items`. */
export function pagedList<I extends { NextToken?: string }, O extends { NextToken?: string }, R>(
  command: CommandClass<I, O>,
  items: (output: O) => readonly R[] | undefined,
): ListSpec<I, O, R> {
  return { op: op('sagemaker', command), items, page: NEXT };
}

/** The Describe* call of a record, kept under the detail key `describe`. */
export function describeDetail<R, I, O>(command: CommandClass<I, O>, input: (record: R) => I): DetailSpec<R> {
  return detail<R, I, O>({ key: 'describe', op: op('sagemaker', command), input });
}
