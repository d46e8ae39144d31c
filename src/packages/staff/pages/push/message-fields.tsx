import { tFields } from '../../../../i18n/fields';
import { tPush } from '../../../../i18n/push';
import { Field } from './field';

/** The title and body every staff message has (push or announcement), with the same limits. */
export function MessageFields({
  prefix = '',
  title,
  body,
  onTitle,
  onBody,
}: {
  /** Keeps the two forms' inputs apart: `announce-` names `push__input--announce-title`. */
  prefix?: string;
  title: string;
  body: string;
  onTitle: (v: string) => void;
  onBody: (v: string) => void;
}) {
  return (
    <>
      <Field
        name={`${prefix}title`}
        placeholder={tFields.push.title}
        label={tPush.titleLabel}
        value={title}
        max={40}
        onInput={onTitle}
      />
      <Field
        name={`${prefix}body`}
        placeholder={tFields.push.body}
        label={tPush.bodyLabel}
        value={body}
        max={500}
        onInput={onBody}
      />
    </>
  );
}
