using System.Text;
using ActorGraph.Worker.Inbox;

namespace ActorGraph.Worker.Processing;

/// <summary>
/// Moves a committed file out of the claim folder into <c>processed/</c> or <c>failed/</c>, never over another file
/// (a taken name gets a <c>~2</c>, <c>~3</c> ... suffix), with its error report beside it when it had errors.
/// </summary>
internal sealed class FileFinisher(InboxLayout layout)
{
    /// <summary>Moves the file; returns its new path, or null when it was no longer in the claim folder.</summary>
    public async Task<string?> FinishAsync(ClaimedFile file, CancellationToken cancellationToken)
    {
        var folder = file.Failed ? layout.Failed : layout.Processed;
        for (var n = 1; ; n++)
        {
            var destination = Path.Combine(folder, InboxNames.WithSuffix(file.Name, n));
            if (File.Exists(destination))
            {
                continue;
            }

            // The report goes first: after a crash between the two the file is processed again and the report rewritten.
            if (file.Errors.Count > 0)
            {
                await WriteReportAsync(destination + InboxNames.ErrorSuffix, file, cancellationToken);
            }

            switch (AtomicMove.TryMove(file.ClaimedPath, destination))
            {
                case MoveResult.Moved:
                    return destination;
                case MoveResult.SourceMissing:
                    return null;
                case MoveResult.DestinationExists:
                    continue;
            }
        }
    }

    private async Task WriteReportAsync(string report, ClaimedFile file, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        foreach (var error in file.Errors)
        {
            text.Append(error.Format(file.Name)).Append('\n');
        }

        // Written under a dotfile name in the claim folder, then renamed: a report is whole or absent.
        var temporary = Path.Combine(layout.Mine, "." + file.Name + InboxNames.ErrorSuffix);
        await File.WriteAllTextAsync(temporary, text.ToString(), cancellationToken);
        File.Move(temporary, report, overwrite: true);
    }
}
