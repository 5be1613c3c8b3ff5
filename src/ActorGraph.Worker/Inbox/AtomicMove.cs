using System.Runtime.InteropServices;

namespace ActorGraph.Worker.Inbox;

/// <summary>
/// Renames a file without ever replacing another. On Linux this is one <c>renameat2(RENAME_NOREPLACE)</c> call, atomic
/// even between processes; <see cref="File.Move(string, string, bool)"/> checks then renames, which two workers could race.
/// </summary>
internal static partial class AtomicMove
{
    private const int AtFdCwd = -100;
    private const uint RenameNoReplace = 1;
    private const int ENOENT = 2;
    private const int EEXIST = 17;
    private const int EINVAL = 22;
    private const int ENOSYS = 38;
    private const int EOPNOTSUPP = 95;

    private static volatile bool s_noReplaceUnsupported = !OperatingSystem.IsLinux();

    /// <summary>Renames <paramref name="source"/> to <paramref name="destination"/> unless the destination exists or the source is gone.</summary>
    public static MoveResult TryMove(string source, string destination)
    {
        if (!s_noReplaceUnsupported)
        {
            if (RenameAt2(AtFdCwd, source, AtFdCwd, destination, RenameNoReplace) == 0)
            {
                return MoveResult.Moved;
            }

            var errno = Marshal.GetLastPInvokeError();
            switch (errno)
            {
                case EEXIST:
                    return MoveResult.DestinationExists;
                case ENOENT when !File.Exists(source):
                    return MoveResult.SourceMissing;
                case ENOENT:
                    throw new DirectoryNotFoundException($"Cannot move {source}: the folder of {destination} does not exist.");
                case EINVAL or ENOSYS or EOPNOTSUPP:
                    // The file system (or kernel) has no RENAME_NOREPLACE: fall back for good.
                    s_noReplaceUnsupported = true;
                    break;
                default:
                    throw new IOException($"Cannot move {source} to {destination}: {Marshal.GetPInvokeErrorMessage(errno)}", errno);
            }
        }

        try
        {
            File.Move(source, destination, overwrite: false);
            return MoveResult.Moved;
        }
        catch (FileNotFoundException)
        {
            return MoveResult.SourceMissing;
        }
        catch (IOException) when (File.Exists(destination))
        {
            return MoveResult.DestinationExists;
        }
        catch (IOException) when (!File.Exists(source))
        {
            return MoveResult.SourceMissing;
        }
    }

    [LibraryImport("libc", EntryPoint = "renameat2", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int RenameAt2(int oldDirFd, string oldPath, int newDirFd, string newPath, uint flags);
}
