/**
 * The site's own components that an entry may use in its body, with the
 * attributes each accepts. They are rendered to plain HTML at build time; no
 * component code from an entry ever runs.
 */
import type { Element, ElementContent } from 'hast';

export interface ComponentDefinition {
  /** Allowed attributes and, where the value is fixed, the allowed values. */
  attributes: Record<string, readonly string[] | 'text'>;
  /** Attributes that must be present. */
  required: readonly string[];
  /** Dutch description, for contributors. */
  description: string;
  render: (attributes: Record<string, string>, children: ElementContent[]) => Element;
}

const calloutLabels = { info: 'Goed om te weten', 'let-op': 'Let op', tip: 'Tip' } as const;

export const components: Record<string, ComponentDefinition> = {
  Callout: {
    attributes: { type: Object.keys(calloutLabels), title: 'text' },
    required: [],
    description: 'Een opvallend kader: <Callout type="let-op" title="Kop">tekst</Callout>. Type is info, let-op of tip.',
    render: ({ type = 'info', title }, children) => ({
      type: 'element',
      tagName: 'aside',
      properties: { className: ['callout', `callout--${type}`] },
      children: [
        {
          type: 'element',
          tagName: 'p',
          properties: { className: ['callout__title'] },
          children: [{ type: 'text', value: title ?? calloutLabels[type as keyof typeof calloutLabels] }],
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
