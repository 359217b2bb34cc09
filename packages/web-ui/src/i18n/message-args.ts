/**
 * The arguments of an ICU message, worked out by the type checker from the message text itself, so that
 * `t('en', 'waiting', { n: 3 })` is checked against `'{n} 人等候'`: a missing or misspelt value fails to
 * compile. Plural, selectordinal and number arguments take a number; the others a string or a number.
 * Arguments inside plural and select branches count too. (ICU quoting with apostrophes around braces is
 * not followed; the hall's messages do not use it.)
 */
type Trim<S extends string> = S extends ` ${infer R}` | `\n${infer R}`
  ? Trim<R>
  : S extends `${infer R} ` | `${infer R}\n`
    ? Trim<R>
    : S;

/** A found argument: `name` (string or number) or `#name` (a number). */
type Found = string;

/** Reads message text up to its end or to the `}` closing it; answers [arguments found, text after]. */
type Body<S extends string, A extends Found = never> = S extends `${infer Text}{${infer After}`
  ? Text extends `${string}}${infer Rest}`
    ? [A, `${Rest}{${After}`]
    : Argument<After, A>
  : S extends `${string}}${infer Rest}`
    ? [A, Rest]
    : [A, ''];

type NumericType = 'plural' | 'selectordinal' | 'number';
type BranchType = 'plural' | 'selectordinal' | 'select';

/** After an argument's `{`: `name}`, `name, type}`, `name, type, style}` or `name, type, branches}`. */
type Argument<S extends string, A extends Found> = S extends `${infer Head}}${infer Rest}`
  ? Head extends `${infer Name},${infer Spec}`
    ? Spec extends `${infer Type},${infer Options}`
      ? Trim<Type> extends BranchType
        ? Branches<`${Options}}${Rest}`, A | Tag<Trim<Name>, Trim<Type>>>
        : Body<Rest, A | Tag<Trim<Name>, Trim<Type>>>
      : Trim<Spec> extends BranchType
        ? Branches<`${Spec}}${Rest}`, A | Tag<Trim<Name>, Trim<Spec>>>
        : Body<Rest, A | Tag<Trim<Name>, Trim<Spec>>>
    : Body<Rest, A | Trim<Head>>
  : [A, ''];

type Tag<Name extends string, Type extends string> = Type extends NumericType ? `#${Name}` : Name;

/** `one {…} other {…}}`: each branch is a message of its own; the last `}` closes the argument. */
type Branches<S extends string, A extends Found> =
  Trim<S> extends `}${infer Rest}`
    ? Body<Rest, A>
    : S extends `${string}{${infer Branch}`
      ? Body<Branch> extends [infer Inner extends Found, infer Rest extends string]
        ? Branches<Rest, A | Inner>
        : [A, '']
      : [A, ''];

type FoundIn<S extends string> = Body<S>[0];
type NumericNames<F> = F extends `#${infer N}` ? N : never;
type OtherNames<F> = F extends `#${string}` ? never : F;

/** The values object a message needs: `{ n: number }` for `'{n, plural, …}'`, `{}` for plain text. */
export type ArgsOf<S extends string> = string extends S
  ? Readonly<Record<string, string | number | Date>>
  : { readonly [K in NumericNames<FoundIn<S>>]: number } & {
      readonly [K in Exclude<OtherNames<FoundIn<S>>, NumericNames<FoundIn<S>>>]: string | number | Date;
    };

/** The rest of a `t()` call after the key: nothing for plain text, the values object otherwise. */
export type ArgsParam<S extends string> = string extends S
  ? [values?: ArgsOf<S>]
  : [FoundIn<S>] extends [never]
    ? [values?: Record<string, never>]
    : [values: ArgsOf<S>];
