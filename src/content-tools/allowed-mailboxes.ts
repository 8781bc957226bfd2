/**
 * Further addresses that an entry may name: general addresses of
 * organisations whose local part the personal-data check does not know as a
 * function (it accepts info@, contact@, secretariaat@ … of any domain by
 * itself, see `functionalMailboxes` in personal-data.ts), never a person's
 * address. A change here is reviewed by the core team (see .github/CODEOWNERS).
 *
 * Write each address in lower case.
 */
export const allowedMailboxes: readonly string[] = [];
