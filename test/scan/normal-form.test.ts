import { describe, expect, it } from 'vitest';
import { AssetSchema, type AssetInput } from '../../src/model/index.js';
import { mergeInventories } from '../../src/scan/merge.js';
import { normalAsset } from '../../src/scan/normal-form.js';

/** Keys in AssetSchema's order, facts in FactsSchema's order, tags present: what the parse would return. */
function normal(overrides: Partial<AssetInput> = {}): AssetInput {
  return {
    id: 'arn:aws:sagemaker:eu-west-1:111122223333:notebook-instance/nb',
    kind: 'notebook',
    provider: 'aws',
    account: '111122223333',
    region: 'eu-west-1',
    name: 'nb',
    nativeType: 'AWS::SageMaker::NotebookInstance',
    tags: { owner: 'team-a' },
    facts: { directInternetAccess: true, rootAccess: false, instanceCount: 2 },
    ...overrides,
  };
}

function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

const merged = (input: AssetInput) => mergeInventories([{ assets: [input], edges: [], gaps: [] }]).assets[0];

describe('normalAsset: the merge keeps an asset already in the schema normal form', () => {
  it('answers an asset the parse would return unchanged with that very object, and the merge keeps it', () => {
    const input = normal();
    expect(JSON.stringify(AssetSchema.parse(input))).toBe(JSON.stringify(input));
    expect(normalAsset(input)).toBe(input);
    expect(merged(input)).toBe(input);
  });

  it('copies an asset whose keys are in another order into the schema order, as the parse does', () => {
    const { id, ...rest } = normal();
    const reordered = { ...rest, id } as AssetInput;
    const factsReordered = normal({ facts: { rootAccess: false, directInternetAccess: true } });
    for (const input of [reordered, factsReordered]) {
      const copy = normalAsset(input);
      expect(copy).not.toBe(input);
      expect(JSON.stringify(copy)).toBe(JSON.stringify(AssetSchema.parse(input)));
      expect(JSON.stringify(merged(input))).toBe(JSON.stringify(AssetSchema.parse(input)));
    }
    expect(Object.keys(merged(reordered)!)[0]).toBe('id');
    expect(Object.keys(merged(factsReordered)!.facts)).toEqual(['directInternetAccess', 'rootAccess']);
  });

  it('leaves an asset with a default to fill to the parse: tags and facts are added', () => {
    const { tags: _tags, facts: _facts, ...bare } = normal();
    expect(normalAsset(bare)).toBeUndefined();
    expect(merged(bare as AssetInput)).toMatchObject({ tags: {}, facts: {} });
  });

  it('copies arrays of plain values, as the parse makes new arrays, and gives what the parse gives', () => {
    const withArray = normal({ facts: { authModes: ['key', 'aad'], scriptSecrets: ['on-start line 3: aws-secret-key'], directInternetAccess: true } });
    const copy = normalAsset(withArray)!;
    expect(copy).not.toBe(withArray);
    expect(copy.facts.authModes).not.toBe(withArray.facts!.authModes);
    expect(JSON.stringify(copy)).toBe(JSON.stringify(AssetSchema.parse(withArray)));
    expect(normalAsset(normal({ facts: { authModes: ['key', 7 as unknown as string] } }))).toBeUndefined();
    expect(normalAsset(normal({ facts: { authModes: 'key' as unknown as string[] } }))).toBeUndefined();
  });

  it('accepts any id or name the schema accepts without asking it (min-length strings), and refuses an empty id', () => {
    for (const id of ['x', 'arn:aws:s3:::b', 'ü'.repeat(300)]) expect(normalAsset(normal({ id, name: '' }))).toBeDefined();
    expect(normalAsset(normal({ id: '' }))).toBeUndefined();
    expect(normalAsset(normal({ nativeType: '' }))).toBeUndefined();
  });

  it('leaves objects and raw records to the parse rather than trusting them', () => {
    const withRaw = normal({ raw: { record: { NotebookInstanceName: 'nb' } } });
    const protoTag = normal({ tags: JSON.parse('{"__proto__":"x"}') as Record<string, string> });
    for (const input of [withRaw, protoTag]) {
      expect(normalAsset(input)).toBeUndefined();
      expect(merged(input)).toEqual(AssetSchema.parse(input));
      expect(merged(input)).not.toBe(input);
    }
  });

  it('refuses what the schema refuses, every time, and the merge throws the schema error', () => {
    const invalid: unknown[] = [
      normal({ facts: { scriptSecrets: [{}] as unknown as string[] } }),
      normal({ account: '' }),
      normal({ kind: 'spaceship' as AssetInput['kind'] }),
      normal({ facts: { instanceCount: -1 } }),
      normal({ facts: { instanceCount: 1.5 } }),
      normal({ facts: { notAFact: true } as AssetInput['facts'] }),
      normal({ name: true as unknown as string }),
      normal({ facts: { minTlsVersion: false as unknown as string } }),
      normal({ tags: { owner: 7 } as unknown as AssetInput['tags'] }),
      { ...normal(), extra: 'x' },
    ];
    for (const input of [...invalid, ...invalid]) {
      expect(normalAsset(input)).toBeUndefined();
      const expected = AssetSchema.safeParse(input).error!;
      expect(() => merged(input as AssetInput)).toThrow(expected.constructor as typeof Error);
      expect(thrownBy(() => merged(input as AssetInput))).toEqual(expected);
    }
  });
});
