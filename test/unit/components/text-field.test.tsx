import { act, render } from '@testing-library/react';
import { TextField } from '../../../src/components/text-field';

async function mounted(ui: JSX.Element) {
  let view: ReturnType<typeof render> | undefined;
  await act(async () => {
    view = render(ui);
  });
  return view as ReturnType<typeof render>;
}

describe('TextField', () => {
  it('draws the label, the bordered field with its placeholder, and no error line while the value is fine', async () => {
    const { container } = await mounted(
      <TextField name="apply__contact" label="联系人" value="" placeholder="办理人的姓名" onChange={() => {}} />,
    );
    expect(container.querySelector('#apply__contact-label')?.textContent).toBe('联系人');
    const field = container.querySelector('.qyb-field.apply__contact') as HTMLElement;
    expect(field).not.toBeNull();
    expect(field.getAttribute('placeholder')).toBe('办理人的姓名');
    expect(field.className).not.toContain('qyb-field--invalid');
    expect(container.querySelector('.text-field__error')).toBeNull();
  });

  it('when the value is wrong: the error under the field, tied to it, with the page’s own class', async () => {
    const { container } = await mounted(
      <TextField
        name="apply__address"
        label="详细地址"
        value="x"
        placeholder="省、市、区和详细地址"
        error="请填写详细地址"
        errorName="apply__problem--address"
        onChange={() => {}}
      />,
    );
    const error = container.querySelector('.text-field__error.apply__problem--address') as HTMLElement;
    expect(error.textContent).toBe('请填写详细地址');
    expect(error.id).toBe('apply__address-error');
    expect(container.querySelector('.qyb-field')?.className).toContain('qyb-field--invalid');
  });

  it('multiline: a textarea in the same field style, reporting what is typed', async () => {
    const onChange = jest.fn();
    const { container } = await mounted(
      <TextField
        name="staff-privacy__reply"
        label="答复"
        multiline
        value=""
        placeholder="写明处理结果"
        onChange={onChange}
      />,
    );
    const field = container.querySelector('.qyb-field.qyb-field--multiline.staff-privacy__reply') as HTMLElement;
    expect(field.tagName.toLowerCase()).toBe('taro-textarea-core');
    act(() => {
      field.dispatchEvent(new CustomEvent('input', { detail: { value: '已更正' }, bubbles: true }));
    });
    expect(onChange).toHaveBeenLastCalledWith('已更正');
  });

  it('fields of a list (one per item) get label ids of their own', async () => {
    const { container } = await mounted(
      <>
        <TextField
          name="staff-grants__comment"
          idSuffix="g1"
          label="意见"
          value=""
          placeholder="意见"
          onChange={() => {}}
        />
        <TextField
          name="staff-grants__comment"
          idSuffix="g2"
          label="意见"
          value=""
          placeholder="意见"
          onChange={() => {}}
        />
      </>,
    );
    const ids = Array.from(container.querySelectorAll('.text-field__label')).map((el) => el.id);
    expect(ids).toEqual(['staff-grants__comment-g1-label', 'staff-grants__comment-g2-label']);
  });
});
