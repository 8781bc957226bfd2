/**
 * Functional mailboxes that an entry may name: general addresses of
 * organisations (info@, secretariaat@), never a person's address. This is the
 * only place the personal-data check makes an exception for an e-mail address;
 * a change here is reviewed by the core team (see .github/CODEOWNERS).
 *
 * Write each address in lower case.
 */
export const allowedMailboxes: readonly string[] = [];
