--TEST--
exit(code) in a destructor sets the process exit status
--FILE--
<?php
class Q {
    public function __destruct() { echo "exiting with 7\n"; exit(7); }
}
$q = new Q;
echo "script end\n";
--EXITCODE--
7
--EXPECT--
script end
exiting with 7
