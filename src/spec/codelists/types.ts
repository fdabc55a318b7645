/** A closed code list of the spec: code → Japanese/English label. */
export interface CodeList {
  readonly id: string;
  readonly name: { readonly ja: string; readonly en: string };
  readonly codes: Readonly<Record<string, { readonly ja: string; readonly en: string }>>;
}

export function defineCodeList<const T extends CodeList>(list: T): T {
  if (Object.keys(list.codes).length === 0) throw new Error(`code list ${list.id} is empty`);
  return list;
}
