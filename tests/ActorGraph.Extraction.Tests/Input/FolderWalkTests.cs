using ActorGraph.Extraction.Input;

namespace ActorGraph.Extraction.Tests.Input;

/// <summary>Folders with symbolic links: every real folder is read once, loops end, and what cannot be read is an error.</summary>
public sealed class FolderWalkTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_link_back_up_the_tree_is_followed_once()
    {
        var a = _folder.Write("root/a.txt", "T\nText.\n");
        Directory.CreateSymbolicLink(Path.Combine(_folder.Root, "root", "up"), "..");
        Directory.CreateSymbolicLink(Path.Combine(_folder.Root, "root", "self"), ".");

        var expansion = await Watchdog.RunAsync(() => ArticleFileReader.ExpandPaths([Path.Combine(_folder.Root, "root")]));

        Assert.Equal([a], expansion.Files);
        Assert.Empty(expansion.Errors);
    }

    [Fact]
    public async Task Two_loops_into_each_other_end()
    {
        var x = _folder.Write("x/x.txt", "T\nText.\n");
        var y = _folder.Write("y/y.txt", "T\nText.\n");
        Directory.CreateSymbolicLink(Path.Combine(_folder.Root, "x", "to-y"), Path.Combine(_folder.Root, "y"));
        Directory.CreateSymbolicLink(Path.Combine(_folder.Root, "y", "to-x"), Path.Combine(_folder.Root, "x"));

        var expansion = await Watchdog.RunAsync(() => ArticleFileReader.ExpandPaths([Path.Combine(_folder.Root, "x"), Path.Combine(_folder.Root, "y")]));

        Assert.Equal(2, expansion.Files.Count);
        Assert.Equal([Path.GetFileName(x), Path.GetFileName(y)], expansion.Files.Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_file_and_a_link_to_it_are_read_once_and_a_broken_link_is_an_error()
    {
        var a = _folder.Write("docs/a.txt", "T\nText.\n");
        File.CreateSymbolicLink(Path.Combine(_folder.Root, "docs", "b.txt"), a);
        var broken = Path.Combine(_folder.Root, "docs", "c.txt");
        File.CreateSymbolicLink(broken, Path.Combine(_folder.Root, "nowhere.txt"));

        var expansion = ArticleFileReader.ExpandPaths([Path.Combine(_folder.Root, "docs")]);

        Assert.Equal([a], expansion.Files);
        Assert.Equal($"{broken}: broken symbolic link: it points to no file", Assert.Single(expansion.Errors).ToString());
    }

    [NotRootFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_folder_that_cannot_be_listed_is_an_error()
    {
        var a = _folder.Write("in/a.txt", "T\nText.\n");
        var locked = Path.Combine(_folder.Root, "in", "locked");
        _folder.Write("in/locked/b.txt", "T\nText.\n");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            var expansion = ArticleFileReader.ExpandPaths([Path.Combine(_folder.Root, "in")]);

            Assert.Equal([a], expansion.Files);
            Assert.StartsWith($"{locked}: cannot read folder:", Assert.Single(expansion.Errors).ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}

/// <summary>A fact skipped when the tests run as root, who can read any folder whatever its mode.</summary>
internal sealed class NotRootFactAttribute : FactAttribute
{
    public NotRootFactAttribute()
    {
        if (!OperatingSystem.IsWindows() && Environment.UserName == "root")
        {
            Skip = "root reads folders whatever their mode, so an unreadable folder cannot be made";
        }
    }
}
