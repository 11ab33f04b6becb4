--TEST--
A case label's untaken constant branch is not checked
--FILE--
<?php
switch (1) {
    case false ? "a"{0} : 1:
        echo "one\n";
}
switch (2) {
    case 1 ?: "b"{0}:
        echo "no\n";
    default:
        echo "default\n";
}
--EXPECT--
one
default
