"""The suite runs with sockets blocked (pytest-socket, pyproject addopts): a test, or code under
test, that tries to reach the network fails loudly instead of quietly depending on it."""

from __future__ import annotations

import socket

import pytest
from pytest_socket import SocketBlockedError

# pytest-socket also warns about each blocked attempt; here the attempt is the point.
pytestmark = pytest.mark.filterwarnings("ignore:A test tried to use socket:UserWarning")


def test_a_network_connection_attempt_fails() -> None:
    with pytest.raises(SocketBlockedError):
        socket.create_connection(("127.0.0.1", 9), timeout=1)


def test_even_creating_an_inet_socket_fails() -> None:
    with pytest.raises(SocketBlockedError):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
