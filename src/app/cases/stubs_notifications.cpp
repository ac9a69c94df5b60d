#include "app/cases/notifications.hpp"

namespace casereview {

namespace {
Error not_built() { return Error::of(ErrorCode::internal, "Not implemented yet"); }
}  // namespace

Result<NotificationPreview> preview_notification(AppContext&, const Caller&, const NotificationInput&) { return not_built(); }
Result<RecordedNotification> record_notification(AppContext&, const Caller&, const NotificationInput&) { return not_built(); }
Result<SentOutcome> record_notification_sent(AppContext&, const Caller&, Id, const SentInput&) { return not_built(); }
Result<PartnersToldOutcome> record_partners_told(AppContext&, const Caller&, Id, const PartnersToldInput&) { return not_built(); }
Result<std::vector<Agency>> list_case_agencies(AppContext&, const Caller&) { return not_built(); }

}  // namespace casereview
