using ActorGraph.Extraction.Input;

namespace ActorGraph.Extraction.Tests.Input;

public sealed class ExpandPathsTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_folder_expands_recursively_to_its_known_files_in_sorted_order()
    {
        var b = folder.Write("in/b.txt", "x");
        var a = folder.Write("in/a.HTML", "x");
        var nested = folder.Write("in/sub/c.jsonl", "x");
        var json = folder.Write("in/sub/d.json", "x");
        var htm = folder.Write("in/e.htm", "x");
        folder.Write("in/notes.md", "x");
        folder.Write("in/photo.png", "x");
        folder.Write("in/.hidden/z.txt", "x");
        folder.Write("in/.draft.txt", "x");

        var expansion = ArticleFileReader.ExpandPaths([Path.Combine(folder.Root, "in")]);

        Assert.Empty(expansion.Errors);
        Assert.Equal([a, b, htm, nested, json], expansion.Files);
    }

    [Fact]
    public void Explicit_files_keep_argument_order_and_each_file_is_listed_once()
    {
        var z = folder.Write("z.txt", "x");
        var a = folder.Write("a.json", "x");

        var expansion = ArticleFileReader.ExpandPaths([z, a, z, folder.Root]);

        Assert.Equal([z, a], expansion.Files);
    }

    [Fact]
    public void An_explicit_file_of_unknown_kind_is_an_error()
    {
        var pdf = folder.Write("report.pdf", "x");

        var expansion = ArticleFileReader.ExpandPaths([pdf]);

        Assert.Empty(expansion.Files);
        Assert.Equal($"{pdf}: unknown extension '.pdf' (expected .txt, .html, .htm, .json, .jsonl)", Assert.Single(expansion.Errors).ToString());
    }

    [Fact]
    public void A_missing_path_is_an_error_and_the_others_still_expand()
    {
        var missing = Path.Combine(folder.Root, "nope");
        var real = folder.Write("a.txt", "x");

        var expansion = ArticleFileReader.ExpandPaths([missing, real]);

        Assert.Equal([real], expansion.Files);
        Assert.Equal($"{missing}: no such file or folder", Assert.Single(expansion.Errors).ToString());
    }
}
