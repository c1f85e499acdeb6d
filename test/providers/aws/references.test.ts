import { describe, expect, it } from 'vitest';
import { FollowerLook, PhaseReferences } from '../../../providers/aws/references.js';

// Ids as the collectors' edges name them: a role and a bucket from SageMaker (phase 1), a KMS key
// from the bucket's encryption read (phase 2).
const ROLE = 'arn:aws:iam::111122223333:role/SageMakerExecution';
const BUCKET = 'arn:aws:s3:::ml-training-data';
const KEY = 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const SUBNET = 'arn:aws:ec2:eu-west-1:111122223333:subnet/subnet-0abc';

describe('PhaseReferences', () => {
  it('gives a collector of phase n the ids that phases before n named, and no others', () => {
    const refs = new PhaseReferences();
    refs.add(ROLE, 1);
    refs.add(KEY, 2);
    refs.add(SUBNET, 3);
    expect([...refs.namedBefore(1).ids]).toEqual([]);
    expect([...refs.namedBefore(2).ids]).toEqual([ROLE]);
    expect([...refs.namedBefore(3).ids]).toEqual([ROLE, KEY]);
  });

  it('keeps each list up to date as edges are added, the same object growing rather than a new one per look', () => {
    const refs = new PhaseReferences();
    const beforeTwo = refs.namedBefore(2);
    const beforeThree = refs.namedBefore(3);
    refs.add(ROLE, 1);
    refs.add(KEY, 2);
    refs.add(ROLE, 1);
    expect(refs.namedBefore(2)).toBe(beforeTwo);
    expect(beforeTwo.order).toEqual([ROLE]);
    expect(beforeThree.order).toEqual([ROLE, KEY]);
    expect([...beforeThree.ids]).toEqual([ROLE, KEY]);
  });

  it('moves an id into earlier lists when an earlier phase names it later', () => {
    const refs = new PhaseReferences();
    const beforeTwo = refs.namedBefore(2);
    refs.add(BUCKET, 3);
    expect(beforeTwo.order).toEqual([]);
    expect(refs.namedBefore(4).order).toEqual([BUCKET]);
    refs.add(BUCKET, 1);
    expect(beforeTwo.order).toEqual([BUCKET]);
    expect(refs.namedBefore(3).order).toEqual([BUCKET]);
    // A later phase naming it again changes nothing.
    refs.add(BUCKET, 2);
    expect(refs.namedBefore(3).order).toEqual([BUCKET]);
  });
});

describe('FollowerLook', () => {
  it('hands each named id to the follower once, in the order named', () => {
    const refs = new PhaseReferences();
    refs.add(ROLE, 1);
    const look = new FollowerLook(refs.namedBefore(2));
    expect(look.fresh()).toEqual([ROLE]);
    expect(look.fresh()).toEqual([]);
    refs.add(BUCKET, 1);
    refs.add(KEY, 1);
    refs.add(ROLE, 1);
    expect(look.fresh()).toEqual([BUCKET, KEY]);
    expect(look.fresh()).toEqual([]);
  });

  it('says a listing needs filtering again only at the first look and after new ids', () => {
    const refs = new PhaseReferences();
    const look = new FollowerLook(refs.namedBefore(2));
    // The first look filters the listing even when nothing is referenced yet (select may keep records by name).
    expect(look.changed()).toBe(true);
    expect(look.changed()).toBe(false);
    refs.add(ROLE, 1);
    expect(look.changed()).toBe(true);
    refs.add(ROLE, 1);
    refs.add(SUBNET, 2);
    expect(look.changed()).toBe(false);
  });
});
