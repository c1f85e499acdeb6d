/**
 * Client-side pacing: one token bucket per rate-limited quota of a cloud (an AWS account, region
 * and API; an Azure subscription's read bucket), seeded from the quota the cloud documents or is
 * commonly observed to apply, and learning from what the cloud answers:
 *  - a throttled answer halves the bucket's rate and what is left of its burst (at most once per
 *    `decreaseWindowMs`, so a burst of throttles from calls already in flight counts once); the
 *    throttled call itself waits the Retry-After the cloud gave (the scheduler), the others go on
 *    paced. Halving rather than emptying: a throttle may come from another limit than this
 *    bucket's (an Azure resource provider's own), and a real empty bucket keeps throttling, so
 *    the next windows halve again;
 *  - every success adds back a twentieth of the seeded rate, never above it (AIMD), except while
 *    the latest remaining-quota header says the cloud's bucket is down to the reserve: the scan
 *    then spends what the cloud refills, so the rate in force is what is being learnt (growing it
 *    back there would throttle again); it grows once the header says reads are left again;
 *  - a remaining-quota header (ARM's `x-ms-ratelimit-remaining-subscription-reads`) caps the
 *    tokens at what the cloud says is left, minus a reserve kept for other clients and minus the
 *    bucket's calls the header cannot count: those sent after the call it answers, and those still
 *    waiting to be sent (their tokens were taken from the tokens the cap replaces); a cap that
 *    deepens the bucket's debt holds back the calls already waiting for a token as well (`heldBackMs`:
 *    they were told their wait before the cloud said it had less); while the
 *    latest header says more than the reserve is left, a throttle is another limit's, not this
 *    bucket's, and does not slow it down (the throttled call still waits its Retry-After). The
 *    reserve in force is at most `MAX_RESERVE_SHARE` of the most the headers have said the bucket
 *    held (its burst as learnt): a reserve as large as the bucket would hold back every call but
 *    what the cloud refills, and a scan then crawls (116 s against 14 s, measured with ARM's quota
 *    at a third and a reserve above it; on the emulator with a 40-read bucket and a reserve of 250,
 *    over 300 s against 7 s).
 * A call reserves its token before it is sent and waits outside every concurrency slot, so a
 * paced or throttled call never holds a slot while it sleeps. Once it has its slot, `admit` checks
 * the token against the calls actually sent (a second count of the same bucket, spent at sending
 * time): a call that waited for its slot past its token's time would otherwise go together with
 * the others that waited, into a cloud bucket that could not store the refill they were planned on.
 */

export interface Quota {
  /** Tokens added per second. */
  ratePerSecond: number;
  /** Tokens the bucket holds at most (the burst a full bucket allows). */
  burst: number;
}

/** The largest share of a bucket's learnt burst a reserve may keep for other clients (see `TokenBucket.onRemaining`). */
export const MAX_RESERVE_SHARE = 0.25;

/** Refill `TokenBucket.admit` keeps in hand beyond a call's token, in milliseconds of the rate in force. */
const ADMIT_MARGIN_MS = 50;

export interface BucketTuning {
  /** Time source (tests pass a fake one). */
  now?: () => number;
  /** Lowest rate a run of throttles can bring the bucket to, as a share of the seeded rate (default 1/16). */
  floorShare?: number;
  /** Share of the seeded rate each success adds back (default 1/20). */
  increaseShare?: number;
  /** Throttles closer together than this halve the rate once (default 1,000 ms). */
  decreaseWindowMs?: number;
}

export class TokenBucket {
  /** The rate in force (the seeded one, or less after throttles). */
  rate: number;
  private tokens: number;
  private updatedAt: number;
  private decreasedAt = Number.NEGATIVE_INFINITY;
  /** Milliseconds remaining-quota headers have pushed back the calls waiting for a token, summed over the scan. */
  heldBackMs = 0;
  /** Tokens taken whose calls have not been sent yet (waiting for their token or a concurrency slot). */
  private waiting = 0;
  /** Calls sent so far; a call's number is the count when it was sent. */
  private sentCount = 0;
  /**
   * The cloud's bucket as the calls actually sent spend it (see `admit`): its tokens and when they
   * were last refilled. `tokens` plans by reservation; this one checks at the moment of sending.
   */
  private sentTokens: number;
  private sentUpdatedAt: number;
  /** The most a remaining-quota header has said was left (0: no header yet). */
  private mostRemaining = 0;
  /** Whether the latest remaining-quota header said more than the reserve is left (undefined: no header yet, as from a cloud that sends none). */
  private quotaLeft: boolean | undefined;
  private readonly now: () => number;
  private readonly floor: number;
  private readonly increase: number;
  private readonly decreaseWindowMs: number;

  constructor(
    readonly quota: Quota,
    tuning: BucketTuning = {},
  ) {
    this.now = tuning.now ?? Date.now;
    this.rate = quota.ratePerSecond;
    this.tokens = quota.burst;
    this.updatedAt = this.now();
    this.sentTokens = quota.burst;
    this.sentUpdatedAt = this.updatedAt;
    this.floor = quota.ratePerSecond * (tuning.floorShare ?? 1 / 16);
    this.increase = quota.ratePerSecond * (tuning.increaseShare ?? 1 / 20);
    this.decreaseWindowMs = tuning.decreaseWindowMs ?? 1_000;
  }

  /** The burst of the cloud's bucket as far as its remaining-quota headers have shown it: the most they said was left. */
  get learnedBurst(): number {
    return this.mostRemaining;
  }

  /** Takes a token for one attempt (`send` it when it goes); returns how long the caller must wait before sending (0: now). */
  reserve(): number {
    this.refill();
    this.tokens -= 1;
    this.waiting++;
    return this.tokens < 0 ? Math.ceil((-this.tokens / this.rate) * 1000) : 0;
  }

  /**
   * Whether a call whose token `reserve` gave may be sent now, by the calls actually sent: 0 (and
   * the token is spent), or the milliseconds until the cloud's bucket has one. `reserve` plans by
   * the time each call took its token, but a call that then waited for a concurrency slot goes
   * later, and calls that waited together go together; a cloud bucket that was full meanwhile could
   * not store the refill they were planned on (it holds at most its burst), so most of such a bunch
   * would be throttled, and each throttle halves the rate. Measured on the emulator (10 accounts ×
   * 4 regions): a third of the throttled answers of a clean scan came from this.
   */
  admit(): number {
    this.refillSent();
    // A token and ADMIT_MARGIN_MS of refill more: a call reaches the cloud a little after it is
    // sent, the first ones (at a scan's busiest start) the latest, so the cloud's bucket started
    // counting later than this one. Never more than the burst, which a bucket can hold.
    const needed = Math.min(this.quota.burst, 1 + (this.rate * ADMIT_MARGIN_MS) / 1000);
    if (this.sentTokens >= needed) {
      this.sentTokens -= 1;
      return 0;
    }
    return Math.ceil(((needed - this.sentTokens) / this.rate) * 1000);
  }

  /**
   * The cloud throttled a call: halve the rate and the tokens left (once per window). The tokens
   * `admit` counts are not emptied: a throttle may be another limit's (measured: with 20% of
   * calls throttled at random, emptying them made a scan twice as slow); they refill at the halved rate.
   */
  onThrottle(): void {
    const now = this.refill();
    this.refillSent();
    if (this.quotaLeft === true || now - this.decreasedAt < this.decreaseWindowMs) return;
    this.rate = Math.max(this.floor, this.rate / 2);
    if (this.tokens > 0) this.tokens = Math.floor(this.tokens / 2);
    this.decreasedAt = now;
  }

  /** A call went through: grow the rate back towards the seeded one (not while the cloud says its bucket is down to the reserve). */
  onSuccess(): void {
    if (this.quotaLeft !== false && this.rate < this.quota.ratePerSecond) this.rate = Math.min(this.quota.ratePerSecond, this.rate + this.increase);
  }

  /** A call with a reserved token goes now; returns its number, which `onRemaining` takes to know the calls sent after it. */
  send(): number {
    this.waiting = Math.max(0, this.waiting - 1);
    return ++this.sentCount;
  }

  /**
   * The cloud says `remaining` requests were left in its bucket when it answered call number
   * `answered` (from `send`; none: the header counts every call sent); keep `reserve` of them for
   * other clients, at most `MAX_RESERVE_SHARE` of the learnt burst, and count as spent the calls it
   * could not see: sent after that one, or waiting. Returns the reserve kept.
   */
  onRemaining(remaining: number, reserve = 0, answered = this.sentCount): number {
    this.refill();
    this.mostRemaining = Math.max(this.mostRemaining, remaining);
    const kept = Math.min(reserve, Math.floor(this.mostRemaining * MAX_RESERVE_SHARE));
    const unseen = this.sentCount - answered;
    const cap = remaining - kept - unseen - this.waiting;
    // The calls sent after the answered one are all the header could not count of those sent.
    this.refillSent();
    this.sentTokens = Math.min(this.sentTokens, remaining - kept - unseen);
    if (cap < this.tokens) {
      // The debt (tokens below zero) is the queue of waiting calls: what it deepens by, every waiter waits longer.
      this.heldBackMs += ((Math.max(0, -cap) - Math.max(0, -this.tokens)) / this.rate) * 1000;
      this.tokens = cap;
    }
    this.quotaLeft = remaining > kept;
    return kept;
  }

  private refillSent(): void {
    const now = this.now();
    this.sentTokens = Math.min(this.quota.burst, this.sentTokens + (Math.max(0, now - this.sentUpdatedAt) / 1000) * this.rate);
    this.sentUpdatedAt = now;
  }

  private refill(): number {
    const now = this.now();
    const elapsed = Math.max(0, now - this.updatedAt);
    this.tokens = Math.min(this.quota.burst, this.tokens + (elapsed / 1000) * this.rate);
    this.updatedAt = now;
    return now;
  }
}

/** What a cloud answer says about throttling, as a provider reads it from its SDK's error. */
export interface ThrottleSignal {
  /** Milliseconds the cloud asked to wait (Retry-After), when it said. */
  retryAfterMs?: number;
}

/** The buckets of one scan, created on first use from the quota the call declares. */
export class Pacer {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(private readonly tuning: BucketTuning = {}) {}

  bucket(id: string, quota: Quota): TokenBucket {
    let bucket = this.buckets.get(id);
    if (!bucket) {
      bucket = new TokenBucket(quota, this.tuning);
      this.buckets.set(id, bucket);
    }
    return bucket;
  }

  find(id: string): TokenBucket | undefined {
    return this.buckets.get(id);
  }
}
