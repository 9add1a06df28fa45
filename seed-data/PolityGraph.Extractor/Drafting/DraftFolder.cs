using System.Text;

namespace PolityGraph.Extractor.Drafting;

/// <summary>Writes a draft's files (the YAML sections and the source texts) into a folder.</summary>
public static class DraftFolder
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void WriteTo(Draft draft, string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var (file, text) in DraftYamlWriter.Files(draft))
            File.WriteAllText(Path.Combine(folder, file), text, Utf8);
        foreach (var (file, text) in draft.SourceFiles)
        {
            var path = Path.Combine(folder, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text, Utf8);
        }
    }
}
