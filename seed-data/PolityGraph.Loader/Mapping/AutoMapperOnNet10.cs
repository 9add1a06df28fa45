using System.Reflection;
using AutoMapper;

namespace PolityGraph.Loader.Mapping;

/// <summary>
/// AutoMapper 8 on .NET 10. Every profile includes System.Linq.Enumerable's extension methods for
/// flattening (<c>Orders.Count()</c> → <c>OrdersCount</c>), but AutoMapper 8 collects the non-public
/// ones too, and .NET 10's private constrained helpers (<c>MaxInteger&lt;T&gt; where T : IBinaryInteger</c>)
/// make <c>MakeGenericMethod</c> throw for any source type, so no configuration can be built.
/// Keeping only the public methods restores AutoMapper 8's documented behaviour.
/// </summary>
internal static class AutoMapperOnNet10
{
    private static readonly FieldInfo SourceExtensionMethods =
        typeof(Profile).GetField("_sourceExtensionMethods", BindingFlags.NonPublic | BindingFlags.Instance)
        ?? throw new InvalidOperationException("AutoMapper's Profile has no _sourceExtensionMethods field: this workaround is for AutoMapper 8 only.");

    public static void KeepOnlyPublicSourceExtensionMethods(object profile)
    {
        if (profile is Profile p && SourceExtensionMethods.GetValue(p) is List<MethodInfo> methods)
            methods.RemoveAll(method => !method.IsPublic);
    }
}
