#include "ui/shell/ConsortiumSetup.h"

#include "ledger/service/PersonKeys.h"

using namespace ledger;

namespace ui {

void foundConsortium(const service::ConsortiumRequest &request, QObject *receiver,
                     std::function<void(core::Result<FoundedConsortium>)> done)
{
    service::ConsortiumCreator::create(
        request, receiver,
        [request, receiver, done](core::Result<service::ConsortiumCreated> created) {
            if (!created) {
                done(core::fail(created.error()));
                return;
            }
            const auto location = created->nodeKeyLocation;
            service::PersonKeys(request.dataDir)
                .unlockAsync(created->info.adminKey, request.adminPassword, receiver,
                             [request, location, done](core::Result<crypto::KeyPair> key) {
                                 if (!key) {
                                     done(core::fail(key.error()));
                                     return;
                                 }
                                 done(FoundedConsortium {
                                     SignedInPerson { *key, request.adminName, 1,
                                                      std::uint8_t(chain::Role::Admin) },
                                     location });
                             });
        });
}

} // namespace ui
