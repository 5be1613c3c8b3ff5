using ActorGraph.Extraction.Input;

namespace ActorGraph.Extraction.Tests.Input;

public sealed class PublishedSidecarTests
{
    [Fact]
    public async Task Text_file_takes_its_date_from_published_tsv_beside_it()
    {
        using var folder = new TempFolder();
        var path = folder.Write("talks.txt", "Talks in Ankara\n\nTurkey hosted talks between Russia and Ukraine.");
        folder.Write("published.tsv", "talks.txt\t2025-05-16\nother.txt\t2025-01-01\n");

        var result = await new ArticleFileReader(new ArticleInputOptions { DefaultPublished = new DateOnly(2020, 1, 1) }).ReadFileAsync(path);

        Assert.Equal(new DateOnly(2025, 5, 16), Assert.Single(result.Articles).Published);
    }

    [Fact]
    public async Task Text_file_missing_from_published_tsv_falls_back_to_the_default_date()
    {
        using var folder = new TempFolder();
        var path = folder.Write("talks.txt", "Talks\n\nBody text here.");
        folder.Write("published.tsv", "other.txt\t2025-01-01\n");

        var result = await new ArticleFileReader(new ArticleInputOptions { DefaultPublished = new DateOnly(2020, 1, 1) }).ReadFileAsync(path);

        Assert.Equal(new DateOnly(2020, 1, 1), Assert.Single(result.Articles).Published);
    }

    [Fact]
    public async Task Bad_date_in_published_tsv_is_an_error_naming_the_sidecar_line()
    {
        using var folder = new TempFolder();
        var path = folder.Write("talks.txt", "Talks\n\nBody text here.");
        folder.Write("published.tsv", "# dates\ntalks.txt\tMay 16\n");

        var result = await new ArticleFileReader(new ArticleInputOptions()).ReadFileAsync(path);

        Assert.Empty(result.Articles);
        var error = Assert.Single(result.Errors);
        Assert.EndsWith("published.tsv", error.Path, StringComparison.Ordinal);
        Assert.Equal(2, error.Line);
        Assert.Contains("'May 16' is not a date", error.Reason, StringComparison.Ordinal);
    }
}
