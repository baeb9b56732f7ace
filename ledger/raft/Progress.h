#pragma once

#include "ledger/raft/Types.h"

#include <algorithm>
#include <deque>

namespace ledger::raft {

// The leader's view of one follower (Raft §5.3 nextIndex/matchIndex) plus flow control
// (dissertation §10.2.1): in Probe the leader sends one AppendEntries and waits for the
// answer, to find where the logs match; in Replicate it pipelines up to `maxInflight`
// messages, optimistically advancing nextIndex.
class Progress
{
public:
    enum class State { Probe, Replicate };

    explicit Progress(Index next = 1, std::size_t maxInflight = 16)
        : m_next(next)
        , m_maxInflight(maxInflight)
    {
    }

    Index match() const { return m_match; }
    Index next() const { return m_next; }
    State state() const { return m_state; }
    bool recentActive() const { return m_recentActive; }
    void setRecentActive(bool active) { m_recentActive = active; }
    std::size_t inflight() const { return m_inflight.size(); }

    void becomeProbe()
    {
        m_state = State::Probe;
        m_next = m_match + 1;
        m_probeSent = false;
        m_inflight.clear();
    }

    void becomeReplicate()
    {
        m_state = State::Replicate;
        m_next = m_match + 1;
        m_inflight.clear();
    }

    // An AppendEntries ending at `last` was sent.
    void sent(Index last)
    {
        if (m_state == State::Replicate) {
            m_next = last + 1;
            m_inflight.push_back(last);
        } else {
            m_probeSent = true;
        }
    }

    // The follower acknowledged a match through `index`. False when stale.
    bool maybeUpdate(Index index)
    {
        bool updated = false;
        if (index > m_match) {
            m_match = index;
            m_probeSent = false;
            updated = true;
        }
        m_next = std::max(m_next, index + 1);
        while (!m_inflight.empty() && m_inflight.front() <= index)
            m_inflight.pop_front();
        return updated;
    }

    // The follower rejected prevLogIndex `rejected`; `hint` is the highest index that may
    // still match. False when the rejection is stale (answers an older probe).
    bool maybeDecrTo(Index rejected, Index hint)
    {
        if (m_state == State::Replicate) {
            if (rejected <= m_match)
                return false;
            m_next = m_match + 1; // the caller switches to Probe
            return true;
        }
        if (m_next == 0 || m_next - 1 != rejected)
            return false;
        if (rejected == m_match && hint < m_match) {
            // The follower no longer holds an entry it acknowledged: its disk lost data
            // (a wiped PC under its old id). Resend from what it still has; it cannot
            // vote again under that id (ConfChange::incarnation), so this only restores
            // replication. A stale duplicate rejection merely causes a resend.
            m_match = hint;
            m_next = hint + 1;
            m_probeSent = false;
            return true;
        }
        m_next = std::max(std::min(rejected, hint + 1), m_match + 1);
        m_probeSent = false;
        return true;
    }

    // The follower reports holding only `last` entries although it acknowledged more:
    // its disk lost data. Probe again from there.
    void regressTo(Index last)
    {
        if (last >= m_match)
            return;
        m_match = last;
        becomeProbe();
    }

    // A heartbeat response: the follower is alive, so a paused probe may be retried and
    // a full window (whose messages or answers may all be lost) gets one slot back; if
    // the follower missed something, the next message is rejected and we probe again.
    void onHeartbeatResp()
    {
        m_probeSent = false;
        if (m_state == State::Replicate && m_inflight.size() >= m_maxInflight)
            m_inflight.pop_front();
    }

    bool paused() const
    {
        return m_state == State::Probe ? m_probeSent : m_inflight.size() >= m_maxInflight;
    }

private:
    Index m_match = 0;
    Index m_next = 1;
    State m_state = State::Probe;
    bool m_probeSent = false;
    bool m_recentActive = false;
    std::size_t m_maxInflight;
    std::deque<Index> m_inflight; // last index of each unacknowledged AppendEntries
};

} // namespace ledger::raft
