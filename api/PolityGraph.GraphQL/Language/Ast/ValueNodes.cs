namespace PolityGraph.GraphQL.Language.Ast;

/// <summary>An input value literal (spec 2.9); variables count as values in non-const positions.</summary>
public abstract record ValueNode(Location? Location) : AstNode(Location);

/// <summary><c>$name</c> (spec 2.10).</summary>
public sealed record VariableNode(NameNode Name, Location? Location = null) : ValueNode(Location)
{
    public override NodeKind Kind => NodeKind.Variable;
}

/// <summary>An integer literal kept as written: its range depends on the input type it meets (Int is 32-bit).</summary>
public sealed record IntValueNode(string Value, Location? Location = null) : ValueNode(Location)
{
    public override NodeKind Kind => NodeKind.IntValue;
}

/// <summary>A float literal kept as written, so coercion decides the precision.</summary>
public sealed record FloatValueNode(string Value, Location? Location = null) : ValueNode(Location)
{
    public override NodeKind Kind => NodeKind.FloatValue;
}

/// <summary>A string literal's value after escapes (or block-string dedent); Block says how it was written.</summary>
public sealed record StringValueNode(string Value, bool Block = false, Location? Location = null) : ValueNode(Location)
{
    public override NodeKind Kind => NodeKind.StringValue;
}

public sealed record BooleanValueNode(bool Value, Location? Location = null) : ValueNode(Location)
{
    public override NodeKind Kind => NodeKind.BooleanValue;
}

public sealed record NullValueNode(Location? Location = null) : ValueNode(Location)
{
    public override NodeKind Kind => NodeKind.NullValue;
}

/// <summary>A bare name other than true, false and null (spec 2.9.6).</summary>
public sealed record EnumValueNode(string Value, Location? Location = null) : ValueNode(Location)
{
    public override NodeKind Kind => NodeKind.EnumValue;
}

public sealed record ListValueNode(IReadOnlyList<ValueNode> Values, Location? Location = null) : ValueNode(Location)
{
    public override NodeKind Kind => NodeKind.ListValue;
}

public sealed record ObjectValueNode(IReadOnlyList<ObjectFieldNode> Fields, Location? Location = null) : ValueNode(Location)
{
    public override NodeKind Kind => NodeKind.ObjectValue;
}

/// <summary><c>name: value</c> inside an input object literal.</summary>
public sealed record ObjectFieldNode(NameNode Name, ValueNode Value, Location? Location = null) : AstNode(Location)
{
    public override NodeKind Kind => NodeKind.ObjectField;
}
