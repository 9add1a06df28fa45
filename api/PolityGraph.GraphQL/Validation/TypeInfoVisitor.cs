using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Language.Ast;
using PolityGraph.GraphQL.Utilities;

namespace PolityGraph.GraphQL.Validation;

/// <summary>
/// graphql-js visitWithTypeInfo: keeps a <see cref="TypeInfo"/> in step with a walk, so the wrapped visitor
/// sees the schema element of each node on enter and still sees it on leave.
/// </summary>
internal sealed class TypeInfoVisitor : IAstVisitor
{
    private readonly TypeInfo _typeInfo;
    private readonly IAstVisitor _inner;

    public TypeInfoVisitor(TypeInfo typeInfo, IAstVisitor inner)
    {
        _typeInfo = typeInfo;
        _inner = inner;
    }

    public VisitorAction Enter(AstNode node, VisitorContext context)
    {
        _typeInfo.Enter(node);
        var action = _inner.Enter(node, context);
        // A skipped node is never left, so TypeInfo leaves it now.
        if (action != VisitorAction.Continue) _typeInfo.Leave(node);
        return action;
    }

    public VisitorAction Leave(AstNode node, VisitorContext context)
    {
        var action = _inner.Leave(node, context);
        _typeInfo.Leave(node);
        return action;
    }
}
