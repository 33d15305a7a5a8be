package io.forgepulse.testing;

/** Excerpts of the canonical license texts, with the phrases that identify them, as they appear in LICENSE files. */
public final class LicenseTexts {

    private LicenseTexts() {
    }

    public static final String MIT = """
            MIT License

            Copyright (c) 2024 Example Corp

            Permission is hereby granted, free of charge, to any person obtaining a copy
            of this software and associated documentation files (the "Software"), to deal
            in the Software without restriction, including without limitation the rights
            to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
            copies of the Software, and to permit persons to whom the Software is
            furnished to do so, subject to the following conditions:

            The above copyright notice and this permission notice shall be included in all
            copies or substantial portions of the Software.

            THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
            IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
            FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT.
            """;

    public static final String APACHE_2 = """
                                             Apache License
                                       Version 2.0, January 2004
                                    http://www.apache.org/licenses/

               TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION

               1. Definitions.

                  "License" shall mean the terms and conditions for use, reproduction,
                  and distribution as defined by Sections 1 through 9 of this document.

                  "Licensor" shall mean the copyright owner or entity authorized by
                  the copyright owner that is granting the License.
            """;

    public static final String BSD_2 = """
            BSD 2-Clause License

            Copyright (c) 2024, Example
            All rights reserved.

            Redistribution and use in source and binary forms, with or without
            modification, are permitted provided that the following conditions are met:

            1. Redistributions of source code must retain the above copyright notice, this
               list of conditions and the following disclaimer.

            2. Redistributions in binary form must reproduce the above copyright notice,
               this list of conditions and the following disclaimer in the documentation
               and/or other materials provided with the distribution.

            THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"
            AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE
            IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
            DISCLAIMED.
            """;

    public static final String BSD_3 = """
            Copyright (c) 2024, Example
            All rights reserved.

            Redistribution and use in source and binary forms, with or without
            modification, are permitted provided that the following conditions are met:

            * Redistributions of source code must retain the above copyright notice, this
              list of conditions and the following disclaimer.

            * Redistributions in binary form must reproduce the above copyright notice,
              this list of conditions and the following disclaimer in the documentation
              and/or other materials provided with the distribution.

            * Neither the name of the copyright holder nor the names of its
              contributors may be used to endorse or promote products derived from
              this software without specific prior written permission.

            THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"
            """;

    public static final String ISC = """
            ISC License

            Copyright (c) 2024, Example

            Permission to use, copy, modify, and/or distribute this software for any
            purpose with or without fee is hereby granted, provided that the above
            copyright notice and this permission notice appear in all copies.

            THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES
            WITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF
            MERCHANTABILITY AND FITNESS.
            """;

    public static final String ZERO_BSD = """
            Copyright (C) 2006 by Rob Landley <rob@landley.net>

            Permission to use, copy, modify, and/or distribute this software for any
            purpose with or without fee is hereby granted.

            THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES
            WITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF
            MERCHANTABILITY AND FITNESS.
            """;

    public static final String GPL_2 = """
                                GNU GENERAL PUBLIC LICENSE
                                   Version 2, June 1991

             Copyright (C) 1989, 1991 Free Software Foundation, Inc.,
             51 Franklin Street, Fifth Floor, Boston, MA 02110-1301 USA
             Everyone is permitted to copy and distribute verbatim copies
             of this license document, but changing it is not allowed.

                                        Preamble

              The licenses for most software are designed to take away your
            freedom to share and change it.  By contrast, the GNU General Public
            License is intended to guarantee your freedom to share and change free
            software--to make sure the software is free for all its users.

                                GNU GENERAL PUBLIC LICENSE
               TERMS AND CONDITIONS FOR COPYING, DISTRIBUTION AND MODIFICATION

              0. This License applies to any program or other work which contains
            a notice placed by the copyright holder saying it may be distributed
            under the terms of this General Public License.

                        How to Apply These Terms to Your New Programs

                This program is free software; you can redistribute it and/or modify
                it under the terms of the GNU General Public License as published by
                the Free Software Foundation; either version 2 of the License, or
                (at your option) any later version.
            """;

    public static final String GPL_3 = """
                                GNU GENERAL PUBLIC LICENSE
                                   Version 3, 29 June 2007

             Copyright (C) 2007 Free Software Foundation, Inc. <https://fsf.org/>
             Everyone is permitted to copy and distribute verbatim copies
             of this license document, but changing it is not allowed.

                                        Preamble

              The GNU General Public License is a free, copyleft license for
            software and other kinds of works.

                                   TERMS AND CONDITIONS

              0. Definitions.

              "This License" refers to version 3 of the GNU General Public License.

                This program is free software: you can redistribute it and/or modify
                it under the terms of the GNU General Public License as published by
                the Free Software Foundation, either version 3 of the License, or
                (at your option) any later version.
            """;

    public static final String GPL_3_NOTICE = """
            demo - a small tool
            Copyright (C) 2024  Jane Doe

            This program is free software: you can redistribute it and/or modify
            it under the terms of the GNU General Public License as published by
            the Free Software Foundation, either version 3 of the License, or
            (at your option) any later version.

            This program is distributed in the hope that it will be useful,
            but WITHOUT ANY WARRANTY; without even the implied warranty of
            MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
            GNU General Public License for more details.
            """;

    public static final String LGPL_2_1 = """
                              GNU LESSER GENERAL PUBLIC LICENSE
                                   Version 2.1, February 1999

             Copyright (C) 1991, 1999 Free Software Foundation, Inc.
             51 Franklin Street, Fifth Floor, Boston, MA  02110-1301  USA
             Everyone is permitted to copy and distribute verbatim copies
             of this license document, but changing it is not allowed.

            [This is the first released version of the Lesser GPL.  It also counts
             as the successor of the GNU Library Public License, version 2, hence
             the version number 2.1.]

                              GNU LESSER GENERAL PUBLIC LICENSE
               TERMS AND CONDITIONS FOR COPYING, DISTRIBUTION AND MODIFICATION
            """;

    public static final String LGPL_3 = """
                               GNU LESSER GENERAL PUBLIC LICENSE
                                   Version 3, 29 June 2007

             Copyright (C) 2007 Free Software Foundation, Inc. <https://fsf.org/>
             Everyone is permitted to copy and distribute verbatim copies
             of this license document, but changing it is not allowed.


              This version of the GNU Lesser General Public License incorporates
            the terms and conditions of version 3 of the GNU General Public
            License, supplemented by the additional permissions listed below.

              0. Additional Definitions.
            """;

    public static final String AGPL_3 = """
                                GNU AFFERO GENERAL PUBLIC LICENSE
                                   Version 3, 19 November 2007

             Copyright (C) 2007 Free Software Foundation, Inc. <https://fsf.org/>
             Everyone is permitted to copy and distribute verbatim copies
             of this license document, but changing it is not allowed.

                                        Preamble

              The GNU Affero General Public License is a free, copyleft license for
            software and other kinds of works, specifically designed to ensure
            cooperation with the community in the case of network server software.

                                   TERMS AND CONDITIONS

              0. Definitions.

              "This License" refers to version 3 of the GNU Affero General Public License.
            """;

    public static final String MPL_2 = """
            Mozilla Public License Version 2.0
            ==================================

            1. Definitions
            --------------

            1.1. "Contributor"
                means each individual or legal entity that creates, contributes to
                the creation of, or owns Covered Software.

            1.12. "Secondary License"
                means either the GNU General Public License, Version 2.0, the GNU
                Lesser General Public License, Version 2.1, the GNU Affero General
                Public License, Version 3.0, or any later versions of those
                licenses.
            """;

    public static final String EPL_1 = """
            Eclipse Public License - v 1.0

            THE ACCOMPANYING PROGRAM IS PROVIDED UNDER THE TERMS OF THIS ECLIPSE PUBLIC
            LICENSE ("AGREEMENT"). ANY USE, REPRODUCTION OR DISTRIBUTION OF THE PROGRAM
            CONSTITUTES RECIPIENT'S ACCEPTANCE OF THIS AGREEMENT.

            1. DEFINITIONS
            """;

    public static final String EPL_2 = """
            Eclipse Public License - v 2.0

                THE ACCOMPANYING PROGRAM IS PROVIDED UNDER THE TERMS OF THIS ECLIPSE
                PUBLIC LICENSE ("AGREEMENT"). ANY USE, REPRODUCTION OR DISTRIBUTION
                OF THE PROGRAM CONSTITUTES RECIPIENT'S ACCEPTANCE OF THIS AGREEMENT.

            1. DEFINITIONS

            "Secondary License" means either the GNU General Public License,
            Version 2.0, or any later versions of that license, including any
            exceptions or additional permissions as identified by the initial
            Contributor.
            """;

    public static final String UNLICENSE = """
            This is free and unencumbered software released into the public domain.

            Anyone is free to copy, modify, publish, use, compile, sell, or
            distribute this software, either in source code form or as a compiled
            binary, for any purpose, commercial or non-commercial, and by any
            means.

            For more information, please refer to <https://unlicense.org>
            """;

    public static final String BSL_1 = """
            Boost Software License - Version 1.0 - August 17th, 2003

            Permission is hereby granted, free of charge, to any person or organization
            obtaining a copy of the software and accompanying documentation covered by
            this license (the "Software") to use, reproduce, display, distribute,
            execute, and transmit the Software, and to prepare derivative works of the
            Software, and to permit third-parties to whom the Software is furnished to
            do so, all subject to the following:
            """;

    public static final String CDDL_1 = """
            COMMON DEVELOPMENT AND DISTRIBUTION LICENSE (CDDL)
            Version 1.0

            1. Definitions.

                1.1. "Contributor" means each individual or entity that creates or
                contributes to the creation of Modifications.
            """;

    public static final String MULAN_PSL_2 = """
            木兰宽松许可证, 第2版

               木兰宽松许可证， 第2版
               2020年1月 http://license.coscl.org.cn/MulanPSL2

               您对"软件"的复制、使用、修改及分发受木兰宽松许可证，第2版（"本许可证"）的如下条款的约束：

            Mulan Permissive Software License，Version 2

               Mulan Permissive Software License，Version 2 (Mulan PSL v2)
               January 2020 http://license.coscl.org.cn/MulanPSL2
            """;

    public static final String MULAN_PSL_2_ENGLISH_ONLY = """
            Mulan Permissive Software License，Version 2

               Mulan Permissive Software License，Version 2 (Mulan PSL v2)
               January 2020 http://license.coscl.org.cn/MulanPSL2

               Your reproduction, use, modification and distribution of the Software shall
               be subject to Mulan PSL v2 (this License) with the following terms and conditions:
            """;

    public static final String ZLIB = """
            zlib License

              This software is provided 'as-is', without any express or implied
              warranty.  In no event will the authors be held liable for any damages
              arising from the use of this software.

              Permission is granted to anyone to use this software for any purpose,
              including commercial applications, and to alter it and redistribute it
              freely, subject to the following restrictions:

              1. The origin of this software must not be misrepresented; you must not
                 claim that you wrote the original software.
              2. Altered source versions must be plainly marked as such, and must not be
                 misrepresented as being the original software.
              3. This notice may not be removed or altered from any source distribution.
            """;

    public static final String CC0 = """
            Creative Commons Legal Code

            CC0 1.0 Universal

                CREATIVE COMMONS CORPORATION IS NOT A LAW FIRM AND DOES NOT PROVIDE
                LEGAL SERVICES. DISTRIBUTION OF THIS DOCUMENT DOES NOT CREATE AN
                ATTORNEY-CLIENT RELATIONSHIP.
            """;
}
