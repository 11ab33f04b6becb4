--TEST--
a function assigning null to a global imported with 'global' destroys the object at once
--FILE--
<?php
class Conn {
    public function __construct() { echo "connected\n"; }
    public function __destruct() { echo "disconnected\n"; }
}
function drop() {
    global $conn;
    echo "dropping\n";
    $conn = null;
    echo "dropped\n";
}
$conn = new Conn;
drop();
echo "main\n";
--EXPECT--
connected
dropping
disconnected
dropped
main
