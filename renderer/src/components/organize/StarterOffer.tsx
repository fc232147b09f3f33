// The empty topic list teaches: a ready taxonomy to start from, or a blank one.
export function StarterOffer({ onInstall, onStartEmpty, installing }: { onInstall(): void; onStartEmpty(): void; installing: boolean }) {
  return (
    <div className="empty topics-empty">
      <h2>No topics yet</h2>
      <p>Topics sort clips and statements by what they are about. Each has a rule that finds its clips, and you can correct what it finds.</p>
      <div className="empty-actions stacked">
        <button type="button" className="button primary" onClick={onInstall} disabled={installing}>
          Add the starter taxonomy
        </button>
        <span className="hint-text">≈50 topics for diplomacy and public affairs, with rules you can edit</span>
        <button type="button" className="button" onClick={onStartEmpty}>
          Start empty
        </button>
      </div>
    </div>
  );
}
