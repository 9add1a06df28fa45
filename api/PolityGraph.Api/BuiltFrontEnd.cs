using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace PolityGraph.Api;

/// <summary>
/// A web front end that `make setup` builds from npm into a folder of wwwroot (GraphiQL, the explorer): its
/// page, rendered from the folder's index.html template once found (and looked for again until then, so a
/// build needs no restart), and its other files by name, with validators for caching.
/// </summary>
public sealed class BuiltFrontEnd(IFileProvider webRoot, string folder, Func<string, string> render)
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private string? page;

    /// <summary>The rendered page, or null while the front end is not built.</summary>
    public string? Page()
    {
        if (page is not null) return page;
        var template = webRoot.GetFileInfo($"{folder}/index.html");
        if (!template.Exists) return null;
        using var stream = template.CreateReadStream();
        using var text = new StreamReader(stream);
        return page = render(text.ReadToEnd());
    }

    /// <summary>One of the bundle's files (scripts, styles), by name; 404 for anything else, the template included.</summary>
    public IResult Asset(string file)
    {
        if (file.Contains("..", StringComparison.Ordinal) || file.Contains('/') || file.Contains('\\') || file == "index.html")
            return Results.NotFound();
        var info = webRoot.GetFileInfo($"{folder}/{file}");
        if (!info.Exists || info.IsDirectory) return Results.NotFound();
        if (!ContentTypes.TryGetContentType(file, out var contentType)) contentType = "application/octet-stream";
        var etag = new EntityTagHeaderValue($"\"{info.Length:x}-{info.LastModified.ToUnixTimeSeconds():x}\"");
        return Results.File(info.CreateReadStream(), contentType, lastModified: info.LastModified, entityTag: etag);
    }
}
