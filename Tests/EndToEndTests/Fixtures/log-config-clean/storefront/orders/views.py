import logging

from django.db import transaction
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST
from rest_framework import status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from .models import Order
from .serializers import OrderSerializer

logger = logging.getLogger(__name__)


class OrderViewSet(viewsets.ModelViewSet):
    serializer_class = OrderSerializer

    def get_queryset(self):
        return Order.objects.filter(customer=self.request.user).select_related("customer")

    def perform_create(self, serializer):
        order = serializer.save(customer=self.request.user)
        logger.info("order %s created by user %s", order.pk, self.request.user.pk)

    @action(detail=True, methods=["post"])
    def cancel(self, request, pk=None):
        order = self.get_object()
        if order.status != "pending":
            logger.info("refusing to cancel order %s in status %s", order.pk, order.status)
            return Response({"detail": "only pending orders can be cancelled"}, status=status.HTTP_409_CONFLICT)
        order.status = "cancelled"
        order.save(update_fields=["status"])
        logger.info("order cancelled", extra={"order_id": order.pk, "status": "cancelled"})
        return Response(OrderSerializer(order).data)


@require_POST
def mark_paid(request, order_id):
    with transaction.atomic():
        order = get_object_or_404(Order.objects.select_for_update(), pk=order_id)
        if order.paid:
            logger.debug("order %s already paid", order_id)
            return JsonResponse({"paid": True, "changed": False})
        order.paid = True
        order.save(update_fields=["paid"])
    logger.info("order paid", extra={"order_id": order_id, "paid": True})
    return JsonResponse({"paid": True, "changed": True})
