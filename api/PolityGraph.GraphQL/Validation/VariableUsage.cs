using PolityGraph.GraphQL.Language.Ast;
using PolityGraph.GraphQL.Types;

namespace PolityGraph.GraphQL.Validation;

/// <summary>
/// A place a variable is used: the variable node, the input type expected there (null when the position is
/// unknown, e.g. an unknown argument) and whether that position has a default value of its own (an argument
/// or input field default), which lets a nullable variable flow into a non-null position (spec 5.8.5).
/// </summary>
public readonly record struct VariableUsage(VariableNode Node, IGraphQLType? Type, bool HasLocationDefaultValue, IGraphQLType? ParentType = null);
