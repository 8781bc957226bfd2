/**
 * The site's own components that an entry may use in its body, with the
 * attributes each accepts. They are rendered to plain HTML at build time; no
 * component code from an entry ever runs.
 */
import type { Element, ElementContent } from 'hast';

/** The words a rendered body adds of its own, in the entry's language (from the dictionaries in src/i18n/). */
export interface BodyLabels {
  /** The heading of the footnotes. */
  footnotes: string;
  /** The name of the link from a footnote back to where it is referred to. */
  footnoteBack: string;
  /** A callout's heading when it has no title of its own, by type. */
  callouts: Record<CalloutType, string>;
}

const calloutTypes = ['info', 'let-op', 'tip'] as const;
type CalloutType = (typeof calloutTypes)[number];

export interface ComponentDefinition {
  /** Allowed attributes and, where the value is fixed, the allowed values. */
  attributes: Record<string, readonly string[] | 'text'>;
  /** Attributes that must be present. */
  required: readonly string[];
  /** Dutch description, for contributors. */
  description: string;
  render: (attributes: Record<string, string>, children: ElementContent[], labels: BodyLabels) => Element;
}

export const components: Record<string, ComponentDefinition> = {
  Callout: {
    attributes: { type: calloutTypes, title: 'text' },
    required: [],
    description: 'Een opvallend kader: <Callout type="let-op" title="Kop">tekst</Callout>. Type is info, let-op of tip.',
    render: ({ type = 'info', title }, children, labels) => ({
      type: 'element',
      tagName: 'aside',
      properties: { className: ['callout', `callout--${type}`] },
      children: [
        {
          type: 'element',
          tagName: 'p',
          properties: { className: ['callout__title'] },
          children: [{ type: 'text', value: title ?? labels.callouts[type as CalloutType] }],
        },
        ...children,
      ],
    }),
  },
  Details: {
    attributes: { summary: 'text' },
    required: ['summary'],
    description: 'Tekst die de lezer kan openklappen: <Details summary="Meer over de aanpak">tekst</Details>.',
    render: ({ summary = '' }, children) => ({
      type: 'element',
      tagName: 'details',
      properties: {},
      children: [{ type: 'element', tagName: 'summary', properties: {}, children: [{ type: 'text', value: summary }] }, ...children],
    }),
  },
};
