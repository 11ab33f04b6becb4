--TEST--
(new A)->m() destroys the temporary after the method returns
--FILE--
<?php
class Worker {
    public function __construct() { echo "hired\n"; }
    public function run() { echo "running\n"; return "result"; }
    public function __destruct() { echo "fired\n"; }
}
$r = (new Worker)->run();
echo "got $r\n";
echo (new Worker)->run(), "\n";
echo "end\n";
--EXPECT--
hired
running
fired
got result
hired
running
fired
result
end
