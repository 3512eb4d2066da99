// Renders content Markdown (compiled to a RichText tree at build time) as React elements: text
// only, no HTML strings, links limited to safe schemes by the schema.
import type { ReactNode } from 'react';
import type { BlockNode, InlineNode, RichText as RichTextTree } from '@/schemas/rich-text';
import { useI18n } from '@/i18n/i18n-context';
import { GlossaryTerm } from './glossary-terms';
import { ScrollRegion } from './scroll-region';

function ExternalNote() {
  const { t } = useI18n();
  return <span className="visually-hidden"> {t('common.externalLink')}</span>;
}

function Inline({ nodes }: { nodes: InlineNode[] }): ReactNode {
  return nodes.map((node, index) => {
    switch (node.type) {
      case 'text':
        return node.value;
      case 'term':
        return <GlossaryTerm key={index} id={node.term} text={node.value} />;
      case 'code':
        return <code key={index}>{node.value}</code>;
      case 'break':
        return <br key={index} />;
      case 'strong':
        return (
          <strong key={index}>
            <Inline nodes={node.children} />
          </strong>
        );
      case 'emphasis':
        return (
          <em key={index}>
            <Inline nodes={node.children} />
          </em>
        );
      case 'link': {
        const external = node.url.startsWith('https://');
        return (
          <a
            key={index}
            href={node.url}
            {...(external ? { rel: 'noreferrer noopener', target: '_blank' } : {})}
          >
            <Inline nodes={node.children} />
            {external ? <ExternalNote /> : null}
          </a>
        );
      }
    }
  });
}

function Block({ node, headingOffset }: { node: BlockNode; headingOffset: number }): ReactNode {
  const { t } = useI18n();
  switch (node.type) {
    case 'heading': {
      const level = Math.min(6, node.depth + headingOffset);
      const Heading = `h${level}` as 'h2';
      return (
        <Heading>
          <Inline nodes={node.children} />
        </Heading>
      );
    }
    case 'paragraph':
      return (
        <p>
          <Inline nodes={node.children} />
        </p>
      );
    case 'thematicBreak':
      return <hr />;
    case 'blockquote':
      return (
        <blockquote>
          <RichText tree={node.children} headingOffset={headingOffset} />
        </blockquote>
      );
    case 'list': {
      const List = node.ordered ? 'ol' : 'ul';
      return (
        <List>
          {node.items.map((item, index) => (
            <li key={index}>
              <RichText tree={item} headingOffset={headingOffset} />
            </li>
          ))}
        </List>
      );
    }
    case 'table':
      return (
        <ScrollRegion label={t('common.table')}>
          <table>
            <thead>
              <tr>
                {node.head.map((cell, index) => (
                  <th key={index} scope="col">
                    <Inline nodes={cell} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {node.rows.map((row, rowIndex) => (
                <tr key={rowIndex}>
                  {row.map((cell, index) => (
                    <td key={index}>
                      <Inline nodes={cell} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      );
  }
}

/**
 * `headingOffset` shifts heading levels so guidance nests under the page's own headings:
 * a "##" in a panel headed by an h2 becomes an h3 with offset 1.
 */
export function RichText({
  tree,
  headingOffset = 0,
}: {
  tree: RichTextTree;
  headingOffset?: number;
}) {
  return tree.map((node, index) => <Block key={index} node={node} headingOffset={headingOffset} />);
}
