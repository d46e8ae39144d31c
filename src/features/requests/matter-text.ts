import type { FormFieldSpec } from '../../../cloudfunctions/lib/contract/matter-form';
import type { MatterNames, MatterTexts, MatterTranslations } from '../../../cloudfunctions/lib/contract/matter-texts';
import type {
  MaterialSpec,
  MatterSummary,
  MatterView,
  RequestSummary,
  RequestView,
} from '../../../cloudfunctions/lib/contract/requests';
import { currentLocale } from '../../i18n/locale-store';
import type { Locale } from '../../i18n/locale';

/**
 * The catalog's texts in the reader's language. They come from the stored matter (staff edit them
 * with it), not from the client catalogs; each text the translation lacks stays in Simplified
 * Chinese, field by field. Only the services and staff subpackages import this.
 */
function textsFor(translations: MatterTranslations | undefined, locale: Locale): MatterTexts | undefined {
  return locale === 'zh-CN' ? undefined : translations?.[locale];
}

function field(spec: FormFieldSpec, texts: MatterTexts | undefined): FormFieldSpec {
  const t = texts?.fields?.[spec.key];
  if (!t) return spec;
  const common = { label: t.label ?? spec.label, hint: t.hint ?? spec.hint };
  switch (spec.type) {
    case 'select':
      return {
        ...spec,
        ...common,
        options: spec.options.map((o) => ({ ...o, label: t.options?.[o.value] ?? o.label })),
      };
    case 'number':
    case 'amount':
      return { ...spec, ...common, unit: spec.unit === undefined ? undefined : (t.unit ?? spec.unit) };
    default:
      return { ...spec, ...common };
  }
}

function material(spec: MaterialSpec, texts: MatterTexts | undefined): MaterialSpec {
  const t = texts?.materials?.[spec.code];
  return t ? { ...spec, name: t.name ?? spec.name, hint: t.hint ?? spec.hint } : spec;
}

/** A catalog entry (name and department) in the reader's language. */
export function localizeSummary(matter: MatterSummary, locale: Locale = currentLocale()): MatterSummary {
  const t = textsFor(matter.translations, locale);
  return { ...matter, name: t?.name ?? matter.name, department: t?.department ?? matter.department };
}

/** A matter with its description, materials and form fields in the reader's language. */
export function localizeMatter(matter: MatterView, locale: Locale = currentLocale()): MatterView {
  const t = textsFor(matter.translations, locale);
  if (!t) return matter;
  return {
    ...matter,
    ...localizeSummary(matter, locale),
    description: t.description ?? matter.description,
    materials: matter.materials.map((m) => material(m, t)),
    fields: matter.fields.map((f) => field(f, t)),
  };
}

/** A request's matter name in the reader's language; requests stored before translations: Simplified. */
export function requestMatterName(
  request: Pick<RequestSummary, 'matterName'> & { matterNames?: MatterNames },
  locale: Locale = currentLocale(),
): string {
  return (locale === 'zh-CN' ? undefined : request.matterNames?.[locale]) ?? request.matterName;
}

/** A request with its matter name, material names and form labels (select values) in the reader's language. */
export function localizeRequest<T extends RequestView>(request: T, locale: Locale = currentLocale()): T {
  const t = textsFor(request.translations, locale);
  const name = requestMatterName(request, locale);
  return {
    ...request,
    matterName: name,
    matter: { ...request.matter, name, department: t?.department ?? request.matter.department },
    materials: request.materials.map((m) => ({
      ...m,
      materialName: t?.materials?.[m.materialCode]?.name ?? m.materialName,
    })),
    fields: request.fields.map((f) => field(f, t)),
  };
}
