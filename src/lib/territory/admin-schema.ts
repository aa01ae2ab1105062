import { z } from 'zod';

const url = z.url({ error: 'adresse web attendue, commençant par https://' });

/**
 * `admin:` of territory.yaml: the editing interface at /admin/ (Sveltia CMS). Absent: no admin file is
 * published. The CMS saves into the repository; the publication pipeline checks and builds every save.
 * `demo`: a demonstration that works in a fresh copy of the project, with no account: the interface opens a
 * copy of the territory's files kept in the visitor's browser, and nothing is saved anywhere else.
 */
export const adminSchema = z
  .strictObject({
    /** Where the repository lives: GitLab (gitlab.com or the territory's own instance), GitHub, or a demonstration. */
    backend: z.enum(['gitlab', 'github', 'demo'], { error: '« gitlab », « github » ou « demo » attendu' }),
    /** Repository as "group/project" (GitLab sub-groups allowed); not for a demonstration. */
    repo: z
      .string()
      .regex(/^[\w.-]+(\/[\w.-]+)+$/, { error: 'dépôt attendu sous la forme groupe/projet' })
      .optional(),
    /** Branch the site is published from. */
    branch: z.string().trim().min(1).default('main'),
    /** GitLab: id of the OAuth application that lets staff sign in (PKCE, no secret). */
    appId: z.string().trim().min(1).optional(),
    /** GitLab on the territory's own server: API address, e.g. https://gitlab.mon-epci.fr/api/v4. */
    apiRoot: url.optional(),
    /** GitLab on the territory's own server: its address, for sign-in, e.g. https://gitlab.mon-epci.fr. */
    baseUrl: url.optional(),
  })
  .superRefine((admin, ctx) => {
    // A real backend saves into a repository: it needs its name.
    if (admin.backend !== 'demo' && !admin.repo)
      ctx.addIssue({
        code: 'custom',
        path: ['repo'],
        input: undefined,
        message: 'dépôt attendu sous la forme groupe/projet',
      });
    // GitLab sign-in (PKCE) cannot work without the application id; GitHub staff sign in with a token instead.
    if (admin.backend === 'gitlab' && !admin.appId)
      ctx.addIssue({
        code: 'custom',
        path: ['appId'],
        input: undefined,
        message: 'identifiant de l’application GitLab attendu (Paramètres > Applications dans GitLab)',
      });
  });

/** The admin settings, defaults applied. */
export type AdminSettings = z.infer<typeof adminSchema>;
