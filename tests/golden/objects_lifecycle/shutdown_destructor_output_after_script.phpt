--TEST--
output from destructors at shutdown appears after all script output
--FILE--
<?php
class Footer {
    public function __destruct() { echo "</body>\n"; }
}
$f = new Footer;
echo "<body>\n";
echo "content\n";
--EXPECT--
<body>
content
</body>
