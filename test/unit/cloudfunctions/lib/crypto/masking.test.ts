import {
  maskAddress,
  maskDocumentNumber,
  maskMobile,
  maskName,
} from '../../../../../cloudfunctions/lib/crypto/masking';

describe('masking', () => {
  it('masks 18-character ID numbers as 4401**********1234', () => {
    expect(maskDocumentNumber('resident-id', '440104199003071239')).toBe('4401**********1239');
    expect(maskDocumentNumber('residence-permit', '820000200002290021')).toBe('8200**********0021');
  });

  it('masks travel permits and passports', () => {
    expect(maskDocumentNumber('travel-permit', 'M1234567801')).toBe('M********01');
    expect(maskDocumentNumber('passport', 'E12345678')).toBe('E******78');
  });

  it('masks mobiles by region', () => {
    expect(maskMobile('+86', '13812345678')).toBe('138****5678');
    expect(maskMobile('+853', '66123456')).toBe('66****56');
    expect(maskMobile('+852', '91234567')).toBe('91****67');
  });

  it('masks names', () => {
    expect(maskName('张三')).toBe('*三');
    expect(maskName('欧阳小明')).toBe('***明');
    expect(maskName('Maria da Silva')).toBe('M**** d* S****');
    expect(maskName('李')).toBe('*');
  });

  it('masks addresses after the district', () => {
    expect(maskAddress('广东省珠海市横琴新区环岛东路1号')).toBe('广东省珠海市********');
  });
});
