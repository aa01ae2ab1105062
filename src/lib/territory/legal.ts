/**
 * Rules of the legal pages: what the mentions légales must name before a real site is published, and the
 * state of conformity of the accessibility statement, which follows from the audit (RGAA 4.1 rule).
 */
import type { Diagnostic, YamlFile } from '../diagnostics/index.ts';
import type { AccessibilitySettings, TerritorySettings } from './schema.ts';

/** State of conformity, as the State's model of the accessibility statement writes it. */
export type ConformityStatus = 'non conforme' | 'partiellement conforme' | 'totalement conforme';

/**
 * Official rule: totally compliant when every applicable criterion is met, partially from half of them,
 * not compliant below half or when no audit was made (automated tests are not an audit).
 */
export function conformityStatus(a: AccessibilitySettings): ConformityStatus {
  if (!a.audit) return 'non conforme';
  const { criteriaMet: met, criteriaApplicable: all } = a.audit;
  if (met >= all) return 'totalement conforme';
  return met * 2 >= all ? 'partiellement conforme' : 'non conforme';
}

/** One missing item of the mentions légales: where it goes in territory.yaml and how to say it. */
export interface LegalGap {
  path: string[];
  /** French label, e.g. "l’hébergeur du site". */
  label: string;
}

/** Items the mentions légales need and the settings lack: host, director of publication, a way to reach the publisher. */
export function legalGaps(s: TerritorySettings): LegalGap[] {
  const gaps: LegalGap[] = [];
  if (!s.publisher.address) gaps.push({ path: ['publisher', 'address'], label: 'l’adresse du siège de l’éditeur' });
  if (!s.publisher.host)
    gaps.push({ path: ['publisher', 'host'], label: 'l’hébergeur du site : son nom, son adresse et son téléphone' });
  if (!s.publisher.director)
    gaps.push({ path: ['publisher', 'director'], label: 'le directeur ou la directrice de la publication' });
  if (!s.contact.phone && !s.contact.email)
    gaps.push({ path: ['contact'], label: 'un téléphone ou une adresse e-mail pour joindre le service' });
  return gaps;
}

/**
 * Errors of the legal settings: gaps of a real (non-demo) site, and a declared status the audit does not
 * support. On a starter site, the gaps are warnings: the site can be built and shown to the intercommunality,
 * which adds them before putting it online.
 */
export function legalDiagnostics(s: TerritorySettings, yaml: YamlFile): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (!s.demo) {
    for (const gap of legalGaps(s)) {
      out.push({
        file: yaml.file,
        ...yaml.locate(gap.path),
        severity: s.starter ? 'warning' : 'error',
        message: `mentions légales incomplètes : il manque ${gap.label} (« ${gap.path.join('.')} »)`,
        hint: s.starter
          ? 'site de départ : l’intercommunalité ajoute cette information avant la mise en ligne'
          : 'un site réel ne peut pas être publié sans cette information ; ajoutez-la, ou mettez « demo: true » tant que le site est un essai',
      });
    }
  }
  const declared = s.accessibility.status;
  const status = conformityStatus(s.accessibility);
  if (declared && declared !== status) {
    out.push({
      file: yaml.file,
      ...yaml.locate(['accessibility', 'status']),
      severity: 'error',
      message: `état de conformité « ${declared} » contraire à la règle du RGAA : ${s.accessibility.audit ? 'l’audit donne' : 'sans audit, le site est'} « ${status} »`,
      hint: 'totalement conforme : tous les critères respectés ; partiellement : au moins la moitié ; sinon ou sans audit : non conforme. Indiquez l’audit dans « accessibility.audit » ou retirez « status »',
    });
  }
  return out;
}
