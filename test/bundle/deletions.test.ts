import { describe, expect, it } from 'vitest';
import { deletionScope } from '../../src/bundle/deletions.js';

const person = { insurerNumber: '131016', insuredNumber: '0000012345' };

describe('deletionScope', () => {
  it('removes 1表 and, by cascade, 2表 and 3表 of the deleted plan only', () => {
    const scope = deletionScope('DLT1KYO', [{ csvVersion: '202407', ...person, planDate: '20250301' }]);
    expect(scope.kinds).toEqual(['UP1KYO', 'UP2KYO', 'UP3KYO']);
    expect(scope.removes('UP2KYO', { ...person, planDate: '20250301', issueNo: '1' })).toBe(true);
    expect(scope.removes('UP3KYO', { ...person, planDate: '20250301' })).toBe(true);
    expect(scope.removes('UP2KYO', { ...person, planDate: '20250401' })).toBe(false);
    expect(scope.removes('UPHOSOKU', { ...person, planDate: '20250301' })).toBe(false);
  });

  it('removes 第6表 and 第7表 of the deleted month (DLTPLAN)', () => {
    const scope = deletionScope('DLTPLAN', [{ ...person, targetMonth: '202504' }]);
    expect(scope.removes('UPSIKYU', { ...person, targetMonth: '202504', serviceCode: '999999' })).toBe(true);
    expect(scope.removes('UPPLAN', { ...person, targetMonth: '202505' })).toBe(false);
  });

  it('removes 実績 by office and service type, the type being the first two characters of the service code (DLTJSK)', () => {
    const scope = deletionScope('DLTJSK', [{ ...person, targetMonth: '202504', serviceOfficeCode: '1371200310', serviceType: '11' }]);
    expect(scope.removes('UPJSK', { ...person, targetMonth: '202504', serviceOfficeCode: '1371200310', serviceCode: '111211' })).toBe(true);
    expect(scope.removes('UPJSK', { ...person, targetMonth: '202504', serviceOfficeCode: '1371200310', serviceCode: '131111' })).toBe(false);
  });

  it('removes 利用者基本情報 with its 別表 and names the images to remove (DLTKIHON), and the plan with its 別表 (DLTYOBO)', () => {
    const scope = deletionScope('DLTKIHON', [{ ...person, consultationDate: '20250310' }]);
    expect(scope.removes('UPKIHON_SUB2', { ...person, consultationDate: '20250310' })).toBe(true);
    expect(
      scope.imagesRemoved([
        { ...person, consultationDate: '20250310', familyImageFileName: 'UPKIHON_IMAGE_x_0001.jpg' },
        { ...person, consultationDate: '20250311', familyImageFileName: 'other.jpg' },
      ]),
    ).toEqual(['UPKIHON_IMAGE_x_0001.jpg']);
    const yobo = deletionScope('DLTYOBO', [{ ...person, planDate: '20250301' }]);
    expect(yobo.removes('UPYOBO_SUB', { ...person, planDate: '20250301' })).toBe(true);
  });
});
