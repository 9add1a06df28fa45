namespace PolityGraph.GraphQL.Tests.Types;

/// <summary>
/// A schema using every printable feature (descriptions of all shapes, deprecations with and without reasons,
/// @specifiedBy, a repeatable directive, interfaces implementing interfaces, unions, input defaults needing
/// coercion, extensions, custom root names), and what graphql-js 16.15 printSchema(buildSchema(sdl)) prints for it
/// (produced with tests/differential's graphql-js; kept here so the printer test needs no node).
/// </summary>
public static class WideSchema
{
    public const string Sdl = """"
"""
The library: a test schema exercising every printable feature.
"""
schema {
  query: Root
  mutation: Changes
}

"A custom directive that may repeat."
directive @tag(name: String!, weight: Float = 1) repeatable on FIELD_DEFINITION | OBJECT | INTERFACE

directive @internal on FIELD_DEFINITION

"An ISO 8601 calendar date."
scalar Date @specifiedBy(url: "https://tools.ietf.org/html/rfc3339")

scalar Json

interface Node {
  id: ID!
}

"Anything with a name; implements Node."
interface Named implements Node {
  id: ID!
  "The display name."
  name: String!
}

type Person implements Named & Node @tag(name: "entity") {
  id: ID!
  name: String!
  born: Date
  "Old name field."
  fullName: String @deprecated(reason: "Use `name`.")
  nickname: String @deprecated
  roles(
    "Only roles held on this date."
    on: Date
    first: Int = 10
    kind: RoleKind = MINISTER
    legacy: Boolean @deprecated(reason: "Ignored")
  ): [Role!]!
  friends(first: Int = 5, after: String): [Person]
}

"""
A role held by a person.

Spans a period of time.
"""
type Role implements Node {
  id: ID!
  title: String! @tag(name: "a") @tag(name: "b")
  kind: RoleKind!
  holder: Person
  """Has "quotes" inside"""
  quoted: String
  "This description is longer than seventy characters, so graphql-js prints it as a multi-line block."
  long: Int
}

enum RoleKind {
  "Leads a ministry."
  MINISTER
  DEPUTY @deprecated(reason: "Merged into MINISTER")
  MEMBER
  OLD @deprecated
}

union SearchResult = Person | Role

input RoleFilter {
  kinds: [RoleKind!] = MINISTER
  from: Date
  to: Date = "2020-01-01"
  limit: Int! = 20
  nested: RoleFilter
  ids: [ID] = [1, "x"]
  ratio: Float = 1.5
  old: String @deprecated(reason: "Use from")
  meta: Json
}

type Root {
  node(id: ID!): Node
  person(id: ID!): Person
  search(text: String!, filter: RoleFilter = {limit: 5}): [SearchResult!]!
  today: Date!
  echo(value: Json, list: [Int] = 3, text: String = "a \"b\"\n"): Json
}

type Changes {
  rename(id: ID!, name: String!): Person
}

extend type Person {
  age: Int @internal
}

extend enum RoleKind {
  OBSERVER
}
"""";

    public const string PrintedByGraphQLJs = """"
"""The library: a test schema exercising every printable feature."""
schema {
  query: Root
  mutation: Changes
}

"""A custom directive that may repeat."""
directive @tag(name: String!, weight: Float = 1) repeatable on FIELD_DEFINITION | OBJECT | INTERFACE

directive @internal on FIELD_DEFINITION

"""An ISO 8601 calendar date."""
scalar Date @specifiedBy(url: "https://tools.ietf.org/html/rfc3339")

scalar Json

interface Node {
  id: ID!
}

"""Anything with a name; implements Node."""
interface Named implements Node {
  id: ID!

  """The display name."""
  name: String!
}

type Person implements Named & Node {
  id: ID!
  name: String!
  born: Date

  """Old name field."""
  fullName: String @deprecated(reason: "Use `name`.")
  nickname: String @deprecated
  roles(
    """Only roles held on this date."""
    on: Date
    first: Int = 10
    kind: RoleKind = MINISTER
    legacy: Boolean @deprecated(reason: "Ignored")
  ): [Role!]!
  friends(first: Int = 5, after: String): [Person]
  age: Int
}

"""
A role held by a person.

Spans a period of time.
"""
type Role implements Node {
  id: ID!
  title: String!
  kind: RoleKind!
  holder: Person

  """Has "quotes" inside"""
  quoted: String

  """
  This description is longer than seventy characters, so graphql-js prints it as a multi-line block.
  """
  long: Int
}

enum RoleKind {
  """Leads a ministry."""
  MINISTER
  DEPUTY @deprecated(reason: "Merged into MINISTER")
  MEMBER
  OLD @deprecated
  OBSERVER
}

union SearchResult = Person | Role

input RoleFilter {
  kinds: [RoleKind!] = [MINISTER]
  from: Date
  to: Date = "2020-01-01"
  limit: Int! = 20
  nested: RoleFilter
  ids: [ID] = [1, "x"]
  ratio: Float = 1.5
  old: String @deprecated(reason: "Use from")
  meta: Json
}

type Root {
  node(id: ID!): Node
  person(id: ID!): Person
  search(text: String!, filter: RoleFilter = {kinds: [MINISTER], to: "2020-01-01", limit: 5, ids: [1, "x"], ratio: 1.5}): [SearchResult!]!
  today: Date!
  echo(value: Json, list: [Int] = [3], text: String = "a \"b\"\n"): Json
}

type Changes {
  rename(id: ID!, name: String!): Person
}
"""";
}
