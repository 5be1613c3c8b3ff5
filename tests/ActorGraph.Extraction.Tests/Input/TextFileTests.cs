namespace ActorGraph.Extraction.Tests.Input;

public sealed class TextFileTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task The_first_non_empty_line_is_the_title_and_the_rest_is_the_body()
    {
        var path = folder.Write("xi-visit.txt", $"\n\n  Xi visits   Moscow  \n{Some.Body1}\n\n{Some.Body2}\n");

        var result = await Some.Reader().ReadFileAsync(path);

        var article = Assert.Single(result.Articles);
        Assert.Empty(result.Errors);
        Assert.Equal("xi-visit.txt", article.Id);
        Assert.Equal("Xi visits Moscow", article.Title);
        Assert.Equal($"{Some.Body1}\n\n{Some.Body2}", article.Text);
        Assert.Null(article.Published);
        Assert.Null(article.Url);
    }

    [Fact]
    public async Task A_text_file_takes_the_default_published_date()
    {
        var path = folder.Write("a.txt", $"Title\n{Some.Body1}");

        var result = await Some.Reader(new DateOnly(2025, 5, 10)).ReadFileAsync(path);

        Assert.Equal(new DateOnly(2025, 5, 10), Assert.Single(result.Articles).Published);
    }

    [Fact]
    public async Task Hard_wrapped_lines_become_one_paragraph_and_windows_line_ends_are_understood()
    {
        var path = folder.Write("wrapped.TXT", "Title\r\nChinese President Xi Jinping met\r\nRussian President Vladimir Putin.\r\n\r\n\r\nThe two leaders\r\nsigned a statement.\r\n");

        var result = await Some.Reader().ReadFileAsync(path);

        Assert.Equal(
            "Chinese President Xi Jinping met Russian President Vladimir Putin.\n\nThe two leaders signed a statement.",
            Assert.Single(result.Articles).Text);
    }

    [Fact]
    public async Task Boilerplate_is_removed_from_the_body()
    {
        var path = folder.Write("wire.txt", $"Xi visits Moscow\nBy JANE DOE, Staff Writer\n\nKYIV, May 8 (Reuters) - {Some.Body1}\n\nPhoto: AFP\n\n{Some.Body2}\n\nRelated:\n\nFloods hit Spain");

        var result = await Some.Reader().ReadFileAsync(path);

        Assert.Equal($"{Some.Body1}\n\n{Some.Body2}", Assert.Single(result.Articles).Text);
    }

    [Fact]
    public async Task Entities_are_decoded_non_breaking_spaces_become_spaces_and_smart_quotes_stay()
    {
        var path = folder.Write("quotes.txt", "Title\nNATO&#8217;s chief said&nbsp;“enough” &amp; left.\u00A0Russia’s envoy stayed.");

        var result = await Some.Reader().ReadFileAsync(path);

        Assert.Equal("NATO’s chief said “enough” & left. Russia’s envoy stayed.", Assert.Single(result.Articles).Text);
    }

    [Fact]
    public async Task A_byte_order_mark_is_not_part_of_the_title()
    {
        var path = folder.WriteBytes("bom.txt", [0xEF, 0xBB, 0xBF, .. "Title\nBody text here."u8.ToArray()]);

        var result = await Some.Reader().ReadFileAsync(path);

        Assert.Equal("Title", Assert.Single(result.Articles).Title);
    }

    [Fact]
    public async Task A_file_with_only_a_title_is_an_error_naming_the_file()
    {
        var path = folder.Write("title-only.txt", "Xi visits Moscow\n\n   \n");

        var result = await Some.Reader().ReadFileAsync(path);

        Assert.Empty(result.Articles);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith($"{path}: missing text", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_file_is_an_error()
    {
        var path = folder.Write("empty.txt", "");

        var result = await Some.Reader().ReadFileAsync(path);

        Assert.Equal($"{path}: empty file: expected a title line followed by the article text", Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public async Task A_body_of_nothing_but_boilerplate_is_an_error()
    {
        var path = folder.Write("furniture.txt", "Title\nBy Jane Doe\n\n© 2025 Example News\n\nSubscribe");

        var result = await Some.Reader().ReadFileAsync(path);

        Assert.Empty(result.Articles);
        Assert.Contains("missing text", Assert.Single(result.Errors).Reason, StringComparison.Ordinal);
    }
}
