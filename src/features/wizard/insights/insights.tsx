// The computed panels a step asks for in its content ("insights").
import type { InsightId } from '@/schemas/content/insight';
import { AwardNoticeInsight, StandstillInsight } from './deadline-insights';
import { CallOffBalanceInsight, ModificationInsight } from './contract-insights';
import { CostSplitInsight } from './cost-split-insight';
import type { InsightProps } from './insight-context';
import { LegalRouteInsight } from './legal-route-insight';
import { NeedsMatrixInsight } from './needs-matrix-insight';
import { ThresholdInsight } from './threshold-insight';
import { TimelineInsight } from './timeline-insight';

const panels: Record<InsightId, (props: InsightProps) => React.ReactNode> = {
  'legal-route': LegalRouteInsight,
  'threshold-check': ThresholdInsight,
  timeline: TimelineInsight,
  'cost-split': CostSplitInsight,
  'call-off-balance': CallOffBalanceInsight,
  'modification-check': ModificationInsight,
  standstill: StandstillInsight,
  'award-notice-deadline': AwardNoticeInsight,
  'needs-matrix': NeedsMatrixInsight,
};

export function Insights({ ids, ...props }: InsightProps & { ids: readonly InsightId[] }) {
  return ids.map((id) => {
    const Panel = panels[id];
    return <Panel key={id} {...props} />;
  });
}
