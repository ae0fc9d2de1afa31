/** A small alias list shaped like the seed story's, for matcher and scanner tests. */
import type { AliasEntry } from '../../lib/story/story-model';

function alias(
  entityId: string,
  text: string,
  options: { case?: 'proper' | 'exact'; gated?: boolean; context?: string[] } = {},
): AliasEntry {
  return {
    text,
    entityId,
    case: options.case ?? 'proper',
    requiresContext: options.gated ?? false,
    contextEntities: [entityId, ...(options.context ?? [])],
  };
}

export const TEST_ALIASES: AliasEntry[] = [
  alias('volodymyr-zelensky', 'Volodymyr Zelensky'),
  alias('volodymyr-zelensky', 'Zelensky'),
  alias('volodymyr-zelensky', 'Zelenskyy'),
  alias('volodymyr-zelensky', 'Зеленський'),
  alias('volodymyr-zelensky', 'Зеленського'),
  alias('vladimir-putin', 'Vladimir Putin'),
  alias('vladimir-putin', 'Putin'),
  alias('vladimir-putin', 'Путин'),
  alias('vladimir-medinsky', 'Vladimir Medinsky'),
  alias('vladimir-medinsky', 'Medinsky'),
  alias('donald-trump', 'Donald Trump'),
  alias('donald-trump', 'Trump'),
  alias('tammy-bruce', 'Tammy Bruce'),
  alias('tammy-bruce', 'Bruce', { gated: true }),
  alias('united-states', 'United States'),
  alias('united-states', 'US', { case: 'exact' }),
  alias('united-states', 'Washington', { gated: true, context: ['donald-trump', 'marco-rubio'] }),
  alias('marco-rubio', 'Marco Rubio'),
  alias('marco-rubio', 'Rubio'),
  alias('european-union', 'EU', { case: 'exact' }),
  alias('nato', 'NATO', { case: 'exact' }),
  alias('turkey', 'Turkey'),
  alias('turkey', 'Türkiye'),
  alias('russia', 'Russia'),
  alias('dolmabahce', 'Dolmabahçe Palace'),
  alias('dolmabahce', 'Dolmabahçe'),
  alias('kremlin', 'Kremlin'),
];
