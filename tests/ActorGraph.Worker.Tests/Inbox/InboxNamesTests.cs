using ActorGraph.Worker.Inbox;

namespace ActorGraph.Worker.Tests.Inbox;

public sealed class InboxNamesTests
{
    [Theory]
    [InlineData(".hidden.json")]
    [InlineData("report.json.tmp")]
    [InlineData("report.json.TMP")]
    [InlineData("report.jsonl.partial")]
    [InlineData("report.txt.part")]
    [InlineData("report.json.error.txt")]
    public void Names_still_being_written_and_reports_are_ignored(string name) => Assert.True(InboxNames.IsIgnored(name));

    [Theory]
    [InlineData("report.json")]
    [InlineData("notes.csv")]
    [InlineData("temporary-measures.txt")]
    public void Finished_names_are_taken(string name) => Assert.False(InboxNames.IsIgnored(name));

    [Theory]
    [InlineData("report.json", 1, "report.json")]
    [InlineData("report.json", 2, "report~2.json")]
    [InlineData("README", 3, "README~3")]
    public void A_taken_name_gets_a_numbered_suffix_before_its_extension(string name, int n, string expected) =>
        Assert.Equal(expected, InboxNames.WithSuffix(name, n));
}
