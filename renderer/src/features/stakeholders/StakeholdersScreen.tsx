import { useMemo } from 'react';
import { dueStatus } from '../../../../shared/domain/cadence.ts';
import { quadrantOf } from '../../../../shared/domain/quadrant.ts';
import type { ProgramFile } from '../../../../shared/schema/program.ts';
import { DataTable } from '../../table/DataTable.tsx';
import { useDocument } from '../../app/document.tsx';
import { GenerationSummary } from '../reports/GenerationSummary.tsx';
import { useGenerate } from '../reports/hooks.ts';
import { GenerateReportContext, stakeholderColumns, toRow } from './columns.tsx';

export function StakeholdersScreen({ file, today }: { file: ProgramFile; today: string }) {
  const rows = useMemo(
    () => file.stakeholders.map((s) => toRow(s, quadrantOf(s), dueStatus(s, today))),
    [file, today],
  );
  const { info } = useDocument();
  const { state, generate } = useGenerate();
  const generateFor = useMemo(() => (id: string) => void generate([{ stakeholderId: id }]), [generate]);
  return (
    <GenerateReportContext.Provider value={generateFor}>
      <section className="screen" aria-labelledby="stakeholders-title">
        <header className="screen__head">
          <h2 id="stakeholders-title">Stakeholders</h2>
          <span className="muted">{file.stakeholders.length} people on the map</span>
        </header>
        <GenerationSummary state={state} canOpen={Boolean(info?.nativeDialogs)} />
        <DataTable
          data={rows}
          columns={stakeholderColumns}
          label="Stakeholders"
          searchPlaceholder="Search people"
        />
      </section>
    </GenerateReportContext.Provider>
  );
}
