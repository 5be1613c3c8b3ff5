using ActorGraph.Extraction.Input;

namespace ActorGraph.Extraction.Tests.Input;

public sealed class FileErrorTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task An_unknown_extension_is_an_error()
    {
        var path = folder.Write("report.pdf", "%PDF");

        var result = await Some.Reader().ReadFileAsync(path);

        Assert.Equal($"{path}: unknown extension '.pdf' (expected .txt, .html, .htm, .json, .jsonl)", Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public async Task A_missing_file_is_an_error()
    {
        var path = Path.Combine(folder.Root, "gone.txt");

        var result = await Some.Reader().ReadFileAsync(path);

        Assert.Equal($"{path}: file not found", Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_an_error_and_is_not_read()
    {
        var path = folder.Write("big.txt", "Title\n" + new string('x', 200));

        var result = await Some.Reader(maxFileBytes: 100).ReadFileAsync(path);

        Assert.Empty(result.Articles);
        Assert.Equal($"{path}: file too large: 206 bytes, over the limit of 100 bytes", Assert.Single(result.Errors).ToString());
    }

    [Theory]
    [InlineData("bad.txt")]
    [InlineData("bad.html")]
    [InlineData("bad.json")]
    public async Task Invalid_utf8_is_an_error_naming_the_line_of_the_first_bad_byte(string name)
    {
        var path = folder.WriteBytes(name, [.. "Title\nline two\n"u8.ToArray(), (byte)'x', 0xFF, 0xFE, (byte)'\n']);

        var result = await Some.Reader().ReadFileAsync(path);

        Assert.Empty(result.Articles);
        Assert.Equal($"{path}:3: invalid UTF-8", Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public async Task A_file_locked_by_another_writer_is_an_error_saying_it_cannot_be_read()
    {
        var path = folder.Write("locked.txt", "Title\nBody.");
        await using var locked = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);

        var result = await Some.Reader().ReadFileAsync(path);

        Assert.StartsWith($"{path}: cannot read file: ", Assert.Single(result.Errors).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_given_as_a_file_is_an_error()
    {
        Directory.CreateDirectory(Path.Combine(folder.Root, "dir.txt"));
        var path = Path.Combine(folder.Root, "dir.txt");

        var result = await Some.Reader().ReadFileAsync(path);

        Assert.Equal($"{path}: is a folder, not a file", Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public async Task Cancellation_is_honoured_rather_than_reported_as_an_error()
    {
        var path = folder.Write("a.txt", "Title\nBody.");
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Some.Reader().ReadFileAsync(path, cancelled.Token));
    }

    [Fact]
    public void A_non_positive_size_limit_is_rejected_at_construction()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ArticleFileReader(new ArticleInputOptions { MaxFileBytes = 0 }));
    }
}
