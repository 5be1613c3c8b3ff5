using ActorGraph.Core.Articles;
using ActorGraph.Core.Storage;
using ActorGraph.Worker.Inbox;
using ActorGraph.Worker.Processing;
using ActorGraph.Worker.Tests.Support;

namespace ActorGraph.Worker.Tests.Inbox;

public sealed class FileFinisherTests : IDisposable
{
    private readonly Workspace _workspace = new();
    private readonly InboxLayout _layout;

    public FileFinisherTests()
    {
        _layout = new InboxLayout(_workspace.Inbox, "me");
        _layout.Create();
        Directory.CreateDirectory(_layout.Mine);
    }

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task A_file_whose_name_is_taken_in_processed_gets_a_suffix_and_overwrites_nothing()
    {
        File.WriteAllText(Path.Combine(_layout.Processed, "a.jsonl"), "earlier");
        var file = Claimed("a.jsonl", "later", articles: 1, new FileError(3, "malformed JSON"));

        var destination = await new FileFinisher(_layout).FinishAsync(file, CancellationToken.None) ?? throw new InvalidOperationException("not moved");

        Assert.Equal(Path.Combine(_layout.Processed, "a~2.jsonl"), destination);
        Assert.Equal("earlier", File.ReadAllText(Path.Combine(_layout.Processed, "a.jsonl")));
        Assert.Equal("later", File.ReadAllText(destination));
        Assert.Equal("a.jsonl:3: malformed JSON\n", File.ReadAllText(destination + ".error.txt"));
        Assert.Empty(Directory.EnumerateFileSystemEntries(_layout.Mine));
    }

    [Fact]
    public async Task A_file_without_articles_goes_to_failed_with_one_report_line_per_error()
    {
        var file = Claimed("bad.json", "{", articles: 0, new FileError(null, "malformed JSON"), new FileError(2, "invalid UTF-8"));

        var destination = await new FileFinisher(_layout).FinishAsync(file, CancellationToken.None) ?? throw new InvalidOperationException("not moved");

        Assert.Equal(Path.Combine(_layout.Failed, "bad.json"), destination);
        Assert.Equal(["bad.json: malformed JSON", "bad.json:2: invalid UTF-8"], File.ReadAllLines(destination + ".error.txt"));
    }

    private ClaimedFile Claimed(string name, string content, int articles, params FileError[] errors)
    {
        var path = Path.Combine(_layout.Mine, name);
        File.WriteAllText(path, content);
        var extracted = Enumerable.Range(0, articles).Select(i => new ExtractedArticle(new Article($"id-{i}", null, "Text.", null), [])).ToList();
        return new ClaimedFile(name, path, extracted, errors);
    }
}
