import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { skuFamilyPrefix, withoutFamilyPrefix } from '../../src/view/sku-family-prefix.js';

describe('skuFamilyPrefix', () => {
  it('skuFamilyPrefix(names) is "Dynamics 365" when every SKU starts with it', () => {
    const names = ['Dynamics 365 Team Members', 'Dynamics 365 Sales Enterprise', 'Dynamics 365 Finance'];
    assert.equal(skuFamilyPrefix(names), 'Dynamics 365');
  });

  it('is null when one SKU lacks it (a Power Apps plan beside Dynamics 365 SKUs)', () => {
    assert.equal(skuFamilyPrefix(['Dynamics 365 Sales Enterprise', 'Power Apps per user']), null);
  });

  it('is null when a name is the family alone, since nothing would be left to show', () => {
    assert.equal(skuFamilyPrefix(['Dynamics 365 Sales', 'Dynamics 365']), null);
    assert.equal(skuFamilyPrefix(['Dynamics 365 Sales', 'Dynamics 365   ']), null);
  });

  it('takes whole words only: "Dynamics 3650 Lab" does not start with "Dynamics 365"', () => {
    assert.equal(skuFamilyPrefix(['Dynamics 365 Sales', 'Dynamics 3650 Lab']), null);
  });

  it('stops at the family: "Dynamics 365 Sales" shared by every SKU is not dropped', () => {
    const names = ['Dynamics 365 Sales Enterprise', 'Dynamics 365 Sales Premium'];
    assert.equal(skuFamilyPrefix(names), 'Dynamics 365');
  });

  it('prefers the longer family, "Microsoft Dynamics 365", when every name has it', () => {
    const names = ['Microsoft Dynamics 365 Sales', 'Microsoft Dynamics 365 Finance'];
    assert.equal(skuFamilyPrefix(names), 'Microsoft Dynamics 365');
  });

  it('is null for no names, and for one family mixed with the other', () => {
    assert.equal(skuFamilyPrefix([]), null);
    assert.equal(skuFamilyPrefix(['Microsoft Dynamics 365 Sales', 'Dynamics 365 Finance']), null);
  });
});

describe('withoutFamilyPrefix', () => {
  it('withoutFamilyPrefix("Dynamics 365 Team Members", "Dynamics 365") is "Team Members"', () => {
    assert.equal(withoutFamilyPrefix('Dynamics 365 Team Members', 'Dynamics 365'), 'Team Members');
  });

  it('leaves a name as it is without a prefix, or when the name does not start with it', () => {
    assert.equal(withoutFamilyPrefix('Dynamics 365 Finance', null), 'Dynamics 365 Finance');
    assert.equal(withoutFamilyPrefix('Power Apps per user', 'Dynamics 365'), 'Power Apps per user');
  });
});
