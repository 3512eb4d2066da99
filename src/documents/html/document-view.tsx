// The document model as accessible HTML: the on-screen preview, and the CLI's --format html.
// Missing values are marked in the text and announced in words, not by colour alone.
import type { DocumentWords, SignatureWords } from '@/schemas/content/document-strings';
import type { DocumentModel, Paragraph, Run } from '../model';
import { printable } from '../text';

/** The signature block's words, and the sentence said before a clause that lacks information. */
export type ViewWords = SignatureWords & Pick<DocumentWords, 'incomplete'>;

function Runs({ runs }: { runs: Run[] }) {
  return runs.map((run, index) => {
    const parts = printable(run.text).split('\n');
    let content: React.ReactNode = parts.flatMap((part, partIndex) =>
      partIndex > 0 ? [<br key={`b${partIndex}`} />, part] : [part],
    );
    if (run.bold) content = <strong>{content}</strong>;
    if (run.italic) content = <em>{content}</em>;
    if (run.missing) content = <mark className="missing">{content}</mark>;
    return <span key={index}>{content}</span>;
  });
}

function Block({
  block,
  words,
  Subheading,
}: {
  block: Paragraph;
  words: ViewWords;
  Subheading: 'h4' | 'h5';
}) {
  switch (block.kind) {
    case 'text':
      return (
        <p>
          <Runs runs={block.runs} />
        </p>
      );
    case 'subheading':
      return (
        <Subheading className="document__subheading">
          <Runs runs={block.runs} />
        </Subheading>
      );
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      return (
        <List>
          {block.items.map((item, index) => (
            <li key={index}>
              <Runs runs={item} />
            </li>
          ))}
        </List>
      );
    }
    case 'table':
      return (
        <table className="document__table">
          <thead>
            <tr>
              {block.header.map((cell, index) => (
                <th scope="col" key={index}>
                  {cell}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, rowIndex) => (
              <tr key={rowIndex}>
                {row.map((cell, index) => (
                  <td key={index}>
                    <Runs runs={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'signatures':
      return (
        <div className="document__signatures">
          {block.parties.map((party, index) => (
            <div className="document__signature" key={index}>
              <p>
                <strong>
                  {words.signedFor} {party.name}
                  {party.country ? ` (${party.country})` : ''}
                </strong>
              </p>
              <dl>
                {[words.name, words.function, `${words.place}, ${words.date}`, words.signature].map(
                  (label) => (
                    <div key={label}>
                      <dt>{label}</dt>
                      <dd className="document__blank" />
                    </div>
                  ),
                )}
              </dl>
            </div>
          ))}
        </div>
      );
  }
}

export function DocumentView({
  model,
  words,
  headingLevel = 1,
}: {
  model: DocumentModel;
  words: ViewWords;
  headingLevel?: 1 | 2;
}) {
  const Title = headingLevel === 1 ? 'h1' : 'h2';
  const SectionHeading = headingLevel === 1 ? 'h2' : 'h3';
  const ClauseHeading = headingLevel === 1 ? 'h3' : 'h4';
  return (
    <article className="document" lang={model.language}>
      <header className="document__header">
        <p className="document__mark">{model.mark.draft}</p>
        <Title className="document__title">{model.title}</Title>
        <p className="document__meta">
          {model.mark.dossier} · {model.mark.version} · {model.mark.date}
        </p>
      </header>
      {model.intro.map((line, index) => (
        <p key={index}>
          <Runs runs={line} />
        </p>
      ))}
      {model.sections.map((section) => (
        <section key={section.number} className="document__section">
          <SectionHeading>
            {section.number}. {section.title}
          </SectionHeading>
          {section.clauses.map((clause) => (
            <section
              key={clause.number}
              className={`document__clause${clause.incomplete ? ' document__clause--incomplete' : ''}`}
            >
              <ClauseHeading>
                {clause.number}
                {clause.title ? ` ${clause.title}` : ''}
              </ClauseHeading>
              {clause.incomplete ? (
                <p className="document__incomplete">{words.incomplete}</p>
              ) : null}
              {clause.paragraphs.map((block, index) => (
                <Block
                  key={index}
                  block={block}
                  words={words}
                  Subheading={headingLevel === 1 ? 'h4' : 'h5'}
                />
              ))}
            </section>
          ))}
        </section>
      ))}
    </article>
  );
}
