/**
 * Lower-case particles that stand inside people's names between a given name and a surname ("Joost van
 * der Westhuizen", "Pieter de Graaf", "Ahmed bin Salman"), and open the surname when it is said alone
 * ("De Graaf", "van der Westhuizen").
 */
export const NAME_PARTICLES_INSIDE: ReadonlySet<string> = new Set(['van', 'der', 'den', 'de', 'von', 'da', 'di', 'du', 'dos', 'das', 'del', 'della', 'la', 'le', 'ter', 'ten', 'bin', 'ibn']);
